/**
 */
package org.iotbench.clients.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.iotbench.clients.ClientsPackage;
import org.iotbench.clients.RegisteredClient;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Registered Client</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.clients.impl.RegisteredClientImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.iotbench.clients.impl.RegisteredClientImpl#getClientId <em>Client Id</em>}</li>
 *   <li>{@link org.iotbench.clients.impl.RegisteredClientImpl#getPasswordHash <em>Password Hash</em>}</li>
 *   <li>{@link org.iotbench.clients.impl.RegisteredClientImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.iotbench.clients.impl.RegisteredClientImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.iotbench.clients.impl.RegisteredClientImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.iotbench.clients.impl.RegisteredClientImpl#getPublishPatterns <em>Publish Patterns</em>}</li>
 *   <li>{@link org.iotbench.clients.impl.RegisteredClientImpl#getSubscribePatterns <em>Subscribe Patterns</em>}</li>
 *   <li>{@link org.iotbench.clients.impl.RegisteredClientImpl#getLastSeen <em>Last Seen</em>}</li>
 *   <li>{@link org.iotbench.clients.impl.RegisteredClientImpl#isOnline <em>Online</em>}</li>
 *   <li>{@link org.iotbench.clients.impl.RegisteredClientImpl#getAddress <em>Address</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegisteredClientImpl extends MinimalEObjectImpl.Container implements RegisteredClient {
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
	 * The default value of the '{@link #getPasswordHash() <em>Password Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordHash()
	 * @generated
	 * @ordered
	 */
	protected static final String PASSWORD_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPasswordHash() <em>Password Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordHash()
	 * @generated
	 * @ordered
	 */
	protected String passwordHash = PASSWORD_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

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
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPublishPatterns() <em>Publish Patterns</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishPatterns()
	 * @generated
	 * @ordered
	 */
	protected EList<String> publishPatterns;

	/**
	 * The cached value of the '{@link #getSubscribePatterns() <em>Subscribe Patterns</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubscribePatterns()
	 * @generated
	 * @ordered
	 */
	protected EList<String> subscribePatterns;

	/**
	 * The default value of the '{@link #getLastSeen() <em>Last Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastSeen()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_SEEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastSeen() <em>Last Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastSeen()
	 * @generated
	 * @ordered
	 */
	protected Date lastSeen = LAST_SEEN_EDEFAULT;

	/**
	 * The default value of the '{@link #isOnline() <em>Online</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnline()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ONLINE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOnline() <em>Online</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnline()
	 * @generated
	 * @ordered
	 */
	protected boolean online = ONLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegisteredClientImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ClientsPackage.Literals.REGISTERED_CLIENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClientsPackage.REGISTERED_CLIENT__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClientsPackage.REGISTERED_CLIENT__CLIENT_ID, oldClientId, clientId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPasswordHash() {
		return passwordHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPasswordHash(String newPasswordHash) {
		String oldPasswordHash = passwordHash;
		passwordHash = newPasswordHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClientsPackage.REGISTERED_CLIENT__PASSWORD_HASH, oldPasswordHash, passwordHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClientsPackage.REGISTERED_CLIENT__DESCRIPTION, oldDescription, description));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ClientsPackage.REGISTERED_CLIENT__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClientsPackage.REGISTERED_CLIENT__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPublishPatterns() {
		if (publishPatterns == null) {
			publishPatterns = new EDataTypeUniqueEList<String>(String.class, this, ClientsPackage.REGISTERED_CLIENT__PUBLISH_PATTERNS);
		}
		return publishPatterns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSubscribePatterns() {
		if (subscribePatterns == null) {
			subscribePatterns = new EDataTypeUniqueEList<String>(String.class, this, ClientsPackage.REGISTERED_CLIENT__SUBSCRIBE_PATTERNS);
		}
		return subscribePatterns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastSeen() {
		return lastSeen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastSeen(Date newLastSeen) {
		Date oldLastSeen = lastSeen;
		lastSeen = newLastSeen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClientsPackage.REGISTERED_CLIENT__LAST_SEEN, oldLastSeen, lastSeen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOnline() {
		return online;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnline(boolean newOnline) {
		boolean oldOnline = online;
		online = newOnline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClientsPackage.REGISTERED_CLIENT__ONLINE, oldOnline, online));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClientsPackage.REGISTERED_CLIENT__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ClientsPackage.REGISTERED_CLIENT__NAME:
				return getName();
			case ClientsPackage.REGISTERED_CLIENT__CLIENT_ID:
				return getClientId();
			case ClientsPackage.REGISTERED_CLIENT__PASSWORD_HASH:
				return getPasswordHash();
			case ClientsPackage.REGISTERED_CLIENT__DESCRIPTION:
				return getDescription();
			case ClientsPackage.REGISTERED_CLIENT__ENABLED:
				return isEnabled();
			case ClientsPackage.REGISTERED_CLIENT__CREATED:
				return getCreated();
			case ClientsPackage.REGISTERED_CLIENT__PUBLISH_PATTERNS:
				return getPublishPatterns();
			case ClientsPackage.REGISTERED_CLIENT__SUBSCRIBE_PATTERNS:
				return getSubscribePatterns();
			case ClientsPackage.REGISTERED_CLIENT__LAST_SEEN:
				return getLastSeen();
			case ClientsPackage.REGISTERED_CLIENT__ONLINE:
				return isOnline();
			case ClientsPackage.REGISTERED_CLIENT__ADDRESS:
				return getAddress();
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
			case ClientsPackage.REGISTERED_CLIENT__NAME:
				setName((String)newValue);
				return;
			case ClientsPackage.REGISTERED_CLIENT__CLIENT_ID:
				setClientId((String)newValue);
				return;
			case ClientsPackage.REGISTERED_CLIENT__PASSWORD_HASH:
				setPasswordHash((String)newValue);
				return;
			case ClientsPackage.REGISTERED_CLIENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ClientsPackage.REGISTERED_CLIENT__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case ClientsPackage.REGISTERED_CLIENT__CREATED:
				setCreated((Date)newValue);
				return;
			case ClientsPackage.REGISTERED_CLIENT__PUBLISH_PATTERNS:
				getPublishPatterns().clear();
				getPublishPatterns().addAll((Collection<? extends String>)newValue);
				return;
			case ClientsPackage.REGISTERED_CLIENT__SUBSCRIBE_PATTERNS:
				getSubscribePatterns().clear();
				getSubscribePatterns().addAll((Collection<? extends String>)newValue);
				return;
			case ClientsPackage.REGISTERED_CLIENT__LAST_SEEN:
				setLastSeen((Date)newValue);
				return;
			case ClientsPackage.REGISTERED_CLIENT__ONLINE:
				setOnline((Boolean)newValue);
				return;
			case ClientsPackage.REGISTERED_CLIENT__ADDRESS:
				setAddress((String)newValue);
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
			case ClientsPackage.REGISTERED_CLIENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ClientsPackage.REGISTERED_CLIENT__CLIENT_ID:
				setClientId(CLIENT_ID_EDEFAULT);
				return;
			case ClientsPackage.REGISTERED_CLIENT__PASSWORD_HASH:
				setPasswordHash(PASSWORD_HASH_EDEFAULT);
				return;
			case ClientsPackage.REGISTERED_CLIENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ClientsPackage.REGISTERED_CLIENT__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case ClientsPackage.REGISTERED_CLIENT__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case ClientsPackage.REGISTERED_CLIENT__PUBLISH_PATTERNS:
				getPublishPatterns().clear();
				return;
			case ClientsPackage.REGISTERED_CLIENT__SUBSCRIBE_PATTERNS:
				getSubscribePatterns().clear();
				return;
			case ClientsPackage.REGISTERED_CLIENT__LAST_SEEN:
				setLastSeen(LAST_SEEN_EDEFAULT);
				return;
			case ClientsPackage.REGISTERED_CLIENT__ONLINE:
				setOnline(ONLINE_EDEFAULT);
				return;
			case ClientsPackage.REGISTERED_CLIENT__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
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
			case ClientsPackage.REGISTERED_CLIENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ClientsPackage.REGISTERED_CLIENT__CLIENT_ID:
				return CLIENT_ID_EDEFAULT == null ? clientId != null : !CLIENT_ID_EDEFAULT.equals(clientId);
			case ClientsPackage.REGISTERED_CLIENT__PASSWORD_HASH:
				return PASSWORD_HASH_EDEFAULT == null ? passwordHash != null : !PASSWORD_HASH_EDEFAULT.equals(passwordHash);
			case ClientsPackage.REGISTERED_CLIENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ClientsPackage.REGISTERED_CLIENT__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case ClientsPackage.REGISTERED_CLIENT__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case ClientsPackage.REGISTERED_CLIENT__PUBLISH_PATTERNS:
				return publishPatterns != null && !publishPatterns.isEmpty();
			case ClientsPackage.REGISTERED_CLIENT__SUBSCRIBE_PATTERNS:
				return subscribePatterns != null && !subscribePatterns.isEmpty();
			case ClientsPackage.REGISTERED_CLIENT__LAST_SEEN:
				return LAST_SEEN_EDEFAULT == null ? lastSeen != null : !LAST_SEEN_EDEFAULT.equals(lastSeen);
			case ClientsPackage.REGISTERED_CLIENT__ONLINE:
				return online != ONLINE_EDEFAULT;
			case ClientsPackage.REGISTERED_CLIENT__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
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
		result.append(", clientId: ");
		result.append(clientId);
		result.append(", passwordHash: ");
		result.append(passwordHash);
		result.append(", description: ");
		result.append(description);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", created: ");
		result.append(created);
		result.append(", publishPatterns: ");
		result.append(publishPatterns);
		result.append(", subscribePatterns: ");
		result.append(subscribePatterns);
		result.append(", lastSeen: ");
		result.append(lastSeen);
		result.append(", online: ");
		result.append(online);
		result.append(", address: ");
		result.append(address);
		result.append(')');
		return result.toString();
	}

} //RegisteredClientImpl
