/**
 */
package org.iotbench.bridges.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.iotbench.bridges.Bridge;
import org.iotbench.bridges.BridgesPackage;
import org.iotbench.bridges.TopicRule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Bridge</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.bridges.impl.BridgeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.iotbench.bridges.impl.BridgeImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.iotbench.bridges.impl.BridgeImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.iotbench.bridges.impl.BridgeImpl#getPort <em>Port</em>}</li>
 *   <li>{@link org.iotbench.bridges.impl.BridgeImpl#isTls <em>Tls</em>}</li>
 *   <li>{@link org.iotbench.bridges.impl.BridgeImpl#getCaFile <em>Ca File</em>}</li>
 *   <li>{@link org.iotbench.bridges.impl.BridgeImpl#getCertificateFile <em>Certificate File</em>}</li>
 *   <li>{@link org.iotbench.bridges.impl.BridgeImpl#getKeyFile <em>Key File</em>}</li>
 *   <li>{@link org.iotbench.bridges.impl.BridgeImpl#getUserName <em>User Name</em>}</li>
 *   <li>{@link org.iotbench.bridges.impl.BridgeImpl#getClientId <em>Client Id</em>}</li>
 *   <li>{@link org.iotbench.bridges.impl.BridgeImpl#getKeepAliveSeconds <em>Keep Alive Seconds</em>}</li>
 *   <li>{@link org.iotbench.bridges.impl.BridgeImpl#isCleanSession <em>Clean Session</em>}</li>
 *   <li>{@link org.iotbench.bridges.impl.BridgeImpl#getQueueLimitMegabytes <em>Queue Limit Megabytes</em>}</li>
 *   <li>{@link org.iotbench.bridges.impl.BridgeImpl#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BridgeImpl extends MinimalEObjectImpl.Container implements Bridge {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected String host = HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final int PORT_EDEFAULT = 1883;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected int port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #isTls() <em>Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTls()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TLS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTls() <em>Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTls()
	 * @generated
	 * @ordered
	 */
	protected boolean tls = TLS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaFile() <em>Ca File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaFile()
	 * @generated
	 * @ordered
	 */
	protected static final String CA_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaFile() <em>Ca File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaFile()
	 * @generated
	 * @ordered
	 */
	protected String caFile = CA_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCertificateFile() <em>Certificate File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificateFile()
	 * @generated
	 * @ordered
	 */
	protected static final String CERTIFICATE_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCertificateFile() <em>Certificate File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificateFile()
	 * @generated
	 * @ordered
	 */
	protected String certificateFile = CERTIFICATE_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeyFile() <em>Key File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyFile()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKeyFile() <em>Key File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyFile()
	 * @generated
	 * @ordered
	 */
	protected String keyFile = KEY_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUserName() <em>User Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserName()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserName() <em>User Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserName()
	 * @generated
	 * @ordered
	 */
	protected String userName = USER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getClientId() <em>Client Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientId()
	 * @generated
	 * @ordered
	 */
	protected static final String CLIENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClientId() <em>Client Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientId()
	 * @generated
	 * @ordered
	 */
	protected String clientId = CLIENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeepAliveSeconds() <em>Keep Alive Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeepAliveSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int KEEP_ALIVE_SECONDS_EDEFAULT = 60;

	/**
	 * The cached value of the '{@link #getKeepAliveSeconds() <em>Keep Alive Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeepAliveSeconds()
	 * @generated
	 * @ordered
	 */
	protected int keepAliveSeconds = KEEP_ALIVE_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #isCleanSession() <em>Clean Session</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCleanSession()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CLEAN_SESSION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCleanSession() <em>Clean Session</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCleanSession()
	 * @generated
	 * @ordered
	 */
	protected boolean cleanSession = CLEAN_SESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getQueueLimitMegabytes() <em>Queue Limit Megabytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueLimitMegabytes()
	 * @generated
	 * @ordered
	 */
	protected static final int QUEUE_LIMIT_MEGABYTES_EDEFAULT = 64;

	/**
	 * The cached value of the '{@link #getQueueLimitMegabytes() <em>Queue Limit Megabytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueLimitMegabytes()
	 * @generated
	 * @ordered
	 */
	protected int queueLimitMegabytes = QUEUE_LIMIT_MEGABYTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<TopicRule> rules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BridgeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BridgesPackage.Literals.BRIDGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BridgesPackage.BRIDGE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BridgesPackage.BRIDGE__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(String newHost) {
		String oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BridgesPackage.BRIDGE__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(int newPort) {
		int oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BridgesPackage.BRIDGE__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTls() {
		return tls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTls(boolean newTls) {
		boolean oldTls = tls;
		tls = newTls;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BridgesPackage.BRIDGE__TLS, oldTls, tls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaFile() {
		return caFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaFile(String newCaFile) {
		String oldCaFile = caFile;
		caFile = newCaFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BridgesPackage.BRIDGE__CA_FILE, oldCaFile, caFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCertificateFile() {
		return certificateFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertificateFile(String newCertificateFile) {
		String oldCertificateFile = certificateFile;
		certificateFile = newCertificateFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BridgesPackage.BRIDGE__CERTIFICATE_FILE, oldCertificateFile, certificateFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKeyFile() {
		return keyFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyFile(String newKeyFile) {
		String oldKeyFile = keyFile;
		keyFile = newKeyFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BridgesPackage.BRIDGE__KEY_FILE, oldKeyFile, keyFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserName() {
		return userName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserName(String newUserName) {
		String oldUserName = userName;
		userName = newUserName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BridgesPackage.BRIDGE__USER_NAME, oldUserName, userName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClientId() {
		return clientId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClientId(String newClientId) {
		String oldClientId = clientId;
		clientId = newClientId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BridgesPackage.BRIDGE__CLIENT_ID, oldClientId, clientId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getKeepAliveSeconds() {
		return keepAliveSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeepAliveSeconds(int newKeepAliveSeconds) {
		int oldKeepAliveSeconds = keepAliveSeconds;
		keepAliveSeconds = newKeepAliveSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BridgesPackage.BRIDGE__KEEP_ALIVE_SECONDS, oldKeepAliveSeconds, keepAliveSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCleanSession() {
		return cleanSession;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCleanSession(boolean newCleanSession) {
		boolean oldCleanSession = cleanSession;
		cleanSession = newCleanSession;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BridgesPackage.BRIDGE__CLEAN_SESSION, oldCleanSession, cleanSession));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQueueLimitMegabytes() {
		return queueLimitMegabytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQueueLimitMegabytes(int newQueueLimitMegabytes) {
		int oldQueueLimitMegabytes = queueLimitMegabytes;
		queueLimitMegabytes = newQueueLimitMegabytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BridgesPackage.BRIDGE__QUEUE_LIMIT_MEGABYTES, oldQueueLimitMegabytes, queueLimitMegabytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TopicRule> getRules() {
		if (rules == null) {
			rules = new EObjectContainmentEList<TopicRule>(TopicRule.class, this, BridgesPackage.BRIDGE__RULES);
		}
		return rules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case BridgesPackage.BRIDGE__RULES:
				return ((InternalEList<?>)getRules()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case BridgesPackage.BRIDGE__NAME:
				return getName();
			case BridgesPackage.BRIDGE__ENABLED:
				return isEnabled();
			case BridgesPackage.BRIDGE__HOST:
				return getHost();
			case BridgesPackage.BRIDGE__PORT:
				return getPort();
			case BridgesPackage.BRIDGE__TLS:
				return isTls();
			case BridgesPackage.BRIDGE__CA_FILE:
				return getCaFile();
			case BridgesPackage.BRIDGE__CERTIFICATE_FILE:
				return getCertificateFile();
			case BridgesPackage.BRIDGE__KEY_FILE:
				return getKeyFile();
			case BridgesPackage.BRIDGE__USER_NAME:
				return getUserName();
			case BridgesPackage.BRIDGE__CLIENT_ID:
				return getClientId();
			case BridgesPackage.BRIDGE__KEEP_ALIVE_SECONDS:
				return getKeepAliveSeconds();
			case BridgesPackage.BRIDGE__CLEAN_SESSION:
				return isCleanSession();
			case BridgesPackage.BRIDGE__QUEUE_LIMIT_MEGABYTES:
				return getQueueLimitMegabytes();
			case BridgesPackage.BRIDGE__RULES:
				return getRules();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case BridgesPackage.BRIDGE__NAME:
				setName((String)newValue);
				return;
			case BridgesPackage.BRIDGE__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case BridgesPackage.BRIDGE__HOST:
				setHost((String)newValue);
				return;
			case BridgesPackage.BRIDGE__PORT:
				setPort((Integer)newValue);
				return;
			case BridgesPackage.BRIDGE__TLS:
				setTls((Boolean)newValue);
				return;
			case BridgesPackage.BRIDGE__CA_FILE:
				setCaFile((String)newValue);
				return;
			case BridgesPackage.BRIDGE__CERTIFICATE_FILE:
				setCertificateFile((String)newValue);
				return;
			case BridgesPackage.BRIDGE__KEY_FILE:
				setKeyFile((String)newValue);
				return;
			case BridgesPackage.BRIDGE__USER_NAME:
				setUserName((String)newValue);
				return;
			case BridgesPackage.BRIDGE__CLIENT_ID:
				setClientId((String)newValue);
				return;
			case BridgesPackage.BRIDGE__KEEP_ALIVE_SECONDS:
				setKeepAliveSeconds((Integer)newValue);
				return;
			case BridgesPackage.BRIDGE__CLEAN_SESSION:
				setCleanSession((Boolean)newValue);
				return;
			case BridgesPackage.BRIDGE__QUEUE_LIMIT_MEGABYTES:
				setQueueLimitMegabytes((Integer)newValue);
				return;
			case BridgesPackage.BRIDGE__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends TopicRule>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case BridgesPackage.BRIDGE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case BridgesPackage.BRIDGE__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case BridgesPackage.BRIDGE__HOST:
				setHost(HOST_EDEFAULT);
				return;
			case BridgesPackage.BRIDGE__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case BridgesPackage.BRIDGE__TLS:
				setTls(TLS_EDEFAULT);
				return;
			case BridgesPackage.BRIDGE__CA_FILE:
				setCaFile(CA_FILE_EDEFAULT);
				return;
			case BridgesPackage.BRIDGE__CERTIFICATE_FILE:
				setCertificateFile(CERTIFICATE_FILE_EDEFAULT);
				return;
			case BridgesPackage.BRIDGE__KEY_FILE:
				setKeyFile(KEY_FILE_EDEFAULT);
				return;
			case BridgesPackage.BRIDGE__USER_NAME:
				setUserName(USER_NAME_EDEFAULT);
				return;
			case BridgesPackage.BRIDGE__CLIENT_ID:
				setClientId(CLIENT_ID_EDEFAULT);
				return;
			case BridgesPackage.BRIDGE__KEEP_ALIVE_SECONDS:
				setKeepAliveSeconds(KEEP_ALIVE_SECONDS_EDEFAULT);
				return;
			case BridgesPackage.BRIDGE__CLEAN_SESSION:
				setCleanSession(CLEAN_SESSION_EDEFAULT);
				return;
			case BridgesPackage.BRIDGE__QUEUE_LIMIT_MEGABYTES:
				setQueueLimitMegabytes(QUEUE_LIMIT_MEGABYTES_EDEFAULT);
				return;
			case BridgesPackage.BRIDGE__RULES:
				getRules().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case BridgesPackage.BRIDGE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case BridgesPackage.BRIDGE__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case BridgesPackage.BRIDGE__HOST:
				return HOST_EDEFAULT == null ? host != null : !HOST_EDEFAULT.equals(host);
			case BridgesPackage.BRIDGE__PORT:
				return port != PORT_EDEFAULT;
			case BridgesPackage.BRIDGE__TLS:
				return tls != TLS_EDEFAULT;
			case BridgesPackage.BRIDGE__CA_FILE:
				return CA_FILE_EDEFAULT == null ? caFile != null : !CA_FILE_EDEFAULT.equals(caFile);
			case BridgesPackage.BRIDGE__CERTIFICATE_FILE:
				return CERTIFICATE_FILE_EDEFAULT == null ? certificateFile != null : !CERTIFICATE_FILE_EDEFAULT.equals(certificateFile);
			case BridgesPackage.BRIDGE__KEY_FILE:
				return KEY_FILE_EDEFAULT == null ? keyFile != null : !KEY_FILE_EDEFAULT.equals(keyFile);
			case BridgesPackage.BRIDGE__USER_NAME:
				return USER_NAME_EDEFAULT == null ? userName != null : !USER_NAME_EDEFAULT.equals(userName);
			case BridgesPackage.BRIDGE__CLIENT_ID:
				return CLIENT_ID_EDEFAULT == null ? clientId != null : !CLIENT_ID_EDEFAULT.equals(clientId);
			case BridgesPackage.BRIDGE__KEEP_ALIVE_SECONDS:
				return keepAliveSeconds != KEEP_ALIVE_SECONDS_EDEFAULT;
			case BridgesPackage.BRIDGE__CLEAN_SESSION:
				return cleanSession != CLEAN_SESSION_EDEFAULT;
			case BridgesPackage.BRIDGE__QUEUE_LIMIT_MEGABYTES:
				return queueLimitMegabytes != QUEUE_LIMIT_MEGABYTES_EDEFAULT;
			case BridgesPackage.BRIDGE__RULES:
				return rules != null && !rules.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", host: ");
		result.append(host);
		result.append(", port: ");
		result.append(port);
		result.append(", tls: ");
		result.append(tls);
		result.append(", caFile: ");
		result.append(caFile);
		result.append(", certificateFile: ");
		result.append(certificateFile);
		result.append(", keyFile: ");
		result.append(keyFile);
		result.append(", userName: ");
		result.append(userName);
		result.append(", clientId: ");
		result.append(clientId);
		result.append(", keepAliveSeconds: ");
		result.append(keepAliveSeconds);
		result.append(", cleanSession: ");
		result.append(cleanSession);
		result.append(", queueLimitMegabytes: ");
		result.append(queueLimitMegabytes);
		result.append(')');
		return result.toString();
	}

} //BridgeImpl
