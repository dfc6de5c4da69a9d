/**
 */
package org.iotbench.projects.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.iotbench.projects.MqttVersion;
import org.iotbench.projects.ProjectsPackage;
import org.iotbench.projects.RemoteConnection;
import org.iotbench.projects.TlsTrust;
import org.iotbench.projects.Transport;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Remote Connection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#getPort <em>Port</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#getTransport <em>Transport</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#getWebsocketPath <em>Websocket Path</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#getMqttVersion <em>Mqtt Version</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#getClientId <em>Client Id</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#getUsername <em>Username</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#getKeepAliveSeconds <em>Keep Alive Seconds</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#isCleanStart <em>Clean Start</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#getSessionExpirySeconds <em>Session Expiry Seconds</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#isAutoReconnect <em>Auto Reconnect</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#getConnectTimeoutSeconds <em>Connect Timeout Seconds</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#getWillTopic <em>Will Topic</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#getWillPayload <em>Will Payload</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#getWillQos <em>Will Qos</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#isWillRetain <em>Will Retain</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#getTlsTrust <em>Tls Trust</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#getCaFile <em>Ca File</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#getClientCertificateFile <em>Client Certificate File</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.RemoteConnectionImpl#getClientKeyFile <em>Client Key File</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RemoteConnectionImpl extends MinimalEObjectImpl.Container implements RemoteConnection {
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
	 * The default value of the '{@link #getTransport() <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransport()
	 * @generated
	 * @ordered
	 */
	protected static final Transport TRANSPORT_EDEFAULT = Transport.TCP;

	/**
	 * The cached value of the '{@link #getTransport() <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransport()
	 * @generated
	 * @ordered
	 */
	protected Transport transport = TRANSPORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getWebsocketPath() <em>Websocket Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWebsocketPath()
	 * @generated
	 * @ordered
	 */
	protected static final String WEBSOCKET_PATH_EDEFAULT = "/mqtt";

	/**
	 * The cached value of the '{@link #getWebsocketPath() <em>Websocket Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWebsocketPath()
	 * @generated
	 * @ordered
	 */
	protected String websocketPath = WEBSOCKET_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getMqttVersion() <em>Mqtt Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMqttVersion()
	 * @generated
	 * @ordered
	 */
	protected static final MqttVersion MQTT_VERSION_EDEFAULT = MqttVersion.V311;

	/**
	 * The cached value of the '{@link #getMqttVersion() <em>Mqtt Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMqttVersion()
	 * @generated
	 * @ordered
	 */
	protected MqttVersion mqttVersion = MQTT_VERSION_EDEFAULT;

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
	 * The default value of the '{@link #getUsername() <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsername()
	 * @generated
	 * @ordered
	 */
	protected static final String USERNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUsername() <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsername()
	 * @generated
	 * @ordered
	 */
	protected String username = USERNAME_EDEFAULT;

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
	 * The default value of the '{@link #isCleanStart() <em>Clean Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCleanStart()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CLEAN_START_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isCleanStart() <em>Clean Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCleanStart()
	 * @generated
	 * @ordered
	 */
	protected boolean cleanStart = CLEAN_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getSessionExpirySeconds() <em>Session Expiry Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionExpirySeconds()
	 * @generated
	 * @ordered
	 */
	protected static final long SESSION_EXPIRY_SECONDS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSessionExpirySeconds() <em>Session Expiry Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionExpirySeconds()
	 * @generated
	 * @ordered
	 */
	protected long sessionExpirySeconds = SESSION_EXPIRY_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #isAutoReconnect() <em>Auto Reconnect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAutoReconnect()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AUTO_RECONNECT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isAutoReconnect() <em>Auto Reconnect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAutoReconnect()
	 * @generated
	 * @ordered
	 */
	protected boolean autoReconnect = AUTO_RECONNECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getConnectTimeoutSeconds() <em>Connect Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectTimeoutSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int CONNECT_TIMEOUT_SECONDS_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getConnectTimeoutSeconds() <em>Connect Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectTimeoutSeconds()
	 * @generated
	 * @ordered
	 */
	protected int connectTimeoutSeconds = CONNECT_TIMEOUT_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWillTopic() <em>Will Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWillTopic()
	 * @generated
	 * @ordered
	 */
	protected static final String WILL_TOPIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWillTopic() <em>Will Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWillTopic()
	 * @generated
	 * @ordered
	 */
	protected String willTopic = WILL_TOPIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getWillPayload() <em>Will Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWillPayload()
	 * @generated
	 * @ordered
	 */
	protected static final String WILL_PAYLOAD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWillPayload() <em>Will Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWillPayload()
	 * @generated
	 * @ordered
	 */
	protected String willPayload = WILL_PAYLOAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getWillQos() <em>Will Qos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWillQos()
	 * @generated
	 * @ordered
	 */
	protected static final int WILL_QOS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWillQos() <em>Will Qos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWillQos()
	 * @generated
	 * @ordered
	 */
	protected int willQos = WILL_QOS_EDEFAULT;

	/**
	 * The default value of the '{@link #isWillRetain() <em>Will Retain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWillRetain()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WILL_RETAIN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWillRetain() <em>Will Retain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWillRetain()
	 * @generated
	 * @ordered
	 */
	protected boolean willRetain = WILL_RETAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTlsTrust() <em>Tls Trust</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlsTrust()
	 * @generated
	 * @ordered
	 */
	protected static final TlsTrust TLS_TRUST_EDEFAULT = TlsTrust.SYSTEM;

	/**
	 * The cached value of the '{@link #getTlsTrust() <em>Tls Trust</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlsTrust()
	 * @generated
	 * @ordered
	 */
	protected TlsTrust tlsTrust = TLS_TRUST_EDEFAULT;

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
	 * The default value of the '{@link #getClientCertificateFile() <em>Client Certificate File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientCertificateFile()
	 * @generated
	 * @ordered
	 */
	protected static final String CLIENT_CERTIFICATE_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClientCertificateFile() <em>Client Certificate File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientCertificateFile()
	 * @generated
	 * @ordered
	 */
	protected String clientCertificateFile = CLIENT_CERTIFICATE_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getClientKeyFile() <em>Client Key File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientKeyFile()
	 * @generated
	 * @ordered
	 */
	protected static final String CLIENT_KEY_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClientKeyFile() <em>Client Key File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientKeyFile()
	 * @generated
	 * @ordered
	 */
	protected String clientKeyFile = CLIENT_KEY_FILE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RemoteConnectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProjectsPackage.Literals.REMOTE_CONNECTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__HOST, oldHost, host));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Transport getTransport() {
		return transport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransport(Transport newTransport) {
		Transport oldTransport = transport;
		transport = newTransport == null ? TRANSPORT_EDEFAULT : newTransport;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__TRANSPORT, oldTransport, transport));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWebsocketPath() {
		return websocketPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWebsocketPath(String newWebsocketPath) {
		String oldWebsocketPath = websocketPath;
		websocketPath = newWebsocketPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__WEBSOCKET_PATH, oldWebsocketPath, websocketPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MqttVersion getMqttVersion() {
		return mqttVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMqttVersion(MqttVersion newMqttVersion) {
		MqttVersion oldMqttVersion = mqttVersion;
		mqttVersion = newMqttVersion == null ? MQTT_VERSION_EDEFAULT : newMqttVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__MQTT_VERSION, oldMqttVersion, mqttVersion));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__CLIENT_ID, oldClientId, clientId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUsername() {
		return username;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsername(String newUsername) {
		String oldUsername = username;
		username = newUsername;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__USERNAME, oldUsername, username));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__KEEP_ALIVE_SECONDS, oldKeepAliveSeconds, keepAliveSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCleanStart() {
		return cleanStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCleanStart(boolean newCleanStart) {
		boolean oldCleanStart = cleanStart;
		cleanStart = newCleanStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__CLEAN_START, oldCleanStart, cleanStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSessionExpirySeconds() {
		return sessionExpirySeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionExpirySeconds(long newSessionExpirySeconds) {
		long oldSessionExpirySeconds = sessionExpirySeconds;
		sessionExpirySeconds = newSessionExpirySeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__SESSION_EXPIRY_SECONDS, oldSessionExpirySeconds, sessionExpirySeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAutoReconnect() {
		return autoReconnect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAutoReconnect(boolean newAutoReconnect) {
		boolean oldAutoReconnect = autoReconnect;
		autoReconnect = newAutoReconnect;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__AUTO_RECONNECT, oldAutoReconnect, autoReconnect));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getConnectTimeoutSeconds() {
		return connectTimeoutSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnectTimeoutSeconds(int newConnectTimeoutSeconds) {
		int oldConnectTimeoutSeconds = connectTimeoutSeconds;
		connectTimeoutSeconds = newConnectTimeoutSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__CONNECT_TIMEOUT_SECONDS, oldConnectTimeoutSeconds, connectTimeoutSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWillTopic() {
		return willTopic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWillTopic(String newWillTopic) {
		String oldWillTopic = willTopic;
		willTopic = newWillTopic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__WILL_TOPIC, oldWillTopic, willTopic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWillPayload() {
		return willPayload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWillPayload(String newWillPayload) {
		String oldWillPayload = willPayload;
		willPayload = newWillPayload;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__WILL_PAYLOAD, oldWillPayload, willPayload));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWillQos() {
		return willQos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWillQos(int newWillQos) {
		int oldWillQos = willQos;
		willQos = newWillQos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__WILL_QOS, oldWillQos, willQos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWillRetain() {
		return willRetain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWillRetain(boolean newWillRetain) {
		boolean oldWillRetain = willRetain;
		willRetain = newWillRetain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__WILL_RETAIN, oldWillRetain, willRetain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TlsTrust getTlsTrust() {
		return tlsTrust;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTlsTrust(TlsTrust newTlsTrust) {
		TlsTrust oldTlsTrust = tlsTrust;
		tlsTrust = newTlsTrust == null ? TLS_TRUST_EDEFAULT : newTlsTrust;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__TLS_TRUST, oldTlsTrust, tlsTrust));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__CA_FILE, oldCaFile, caFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClientCertificateFile() {
		return clientCertificateFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClientCertificateFile(String newClientCertificateFile) {
		String oldClientCertificateFile = clientCertificateFile;
		clientCertificateFile = newClientCertificateFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__CLIENT_CERTIFICATE_FILE, oldClientCertificateFile, clientCertificateFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClientKeyFile() {
		return clientKeyFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClientKeyFile(String newClientKeyFile) {
		String oldClientKeyFile = clientKeyFile;
		clientKeyFile = newClientKeyFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.REMOTE_CONNECTION__CLIENT_KEY_FILE, oldClientKeyFile, clientKeyFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProjectsPackage.REMOTE_CONNECTION__HOST:
				return getHost();
			case ProjectsPackage.REMOTE_CONNECTION__PORT:
				return getPort();
			case ProjectsPackage.REMOTE_CONNECTION__TRANSPORT:
				return getTransport();
			case ProjectsPackage.REMOTE_CONNECTION__WEBSOCKET_PATH:
				return getWebsocketPath();
			case ProjectsPackage.REMOTE_CONNECTION__MQTT_VERSION:
				return getMqttVersion();
			case ProjectsPackage.REMOTE_CONNECTION__CLIENT_ID:
				return getClientId();
			case ProjectsPackage.REMOTE_CONNECTION__USERNAME:
				return getUsername();
			case ProjectsPackage.REMOTE_CONNECTION__KEEP_ALIVE_SECONDS:
				return getKeepAliveSeconds();
			case ProjectsPackage.REMOTE_CONNECTION__CLEAN_START:
				return isCleanStart();
			case ProjectsPackage.REMOTE_CONNECTION__SESSION_EXPIRY_SECONDS:
				return getSessionExpirySeconds();
			case ProjectsPackage.REMOTE_CONNECTION__AUTO_RECONNECT:
				return isAutoReconnect();
			case ProjectsPackage.REMOTE_CONNECTION__CONNECT_TIMEOUT_SECONDS:
				return getConnectTimeoutSeconds();
			case ProjectsPackage.REMOTE_CONNECTION__WILL_TOPIC:
				return getWillTopic();
			case ProjectsPackage.REMOTE_CONNECTION__WILL_PAYLOAD:
				return getWillPayload();
			case ProjectsPackage.REMOTE_CONNECTION__WILL_QOS:
				return getWillQos();
			case ProjectsPackage.REMOTE_CONNECTION__WILL_RETAIN:
				return isWillRetain();
			case ProjectsPackage.REMOTE_CONNECTION__TLS_TRUST:
				return getTlsTrust();
			case ProjectsPackage.REMOTE_CONNECTION__CA_FILE:
				return getCaFile();
			case ProjectsPackage.REMOTE_CONNECTION__CLIENT_CERTIFICATE_FILE:
				return getClientCertificateFile();
			case ProjectsPackage.REMOTE_CONNECTION__CLIENT_KEY_FILE:
				return getClientKeyFile();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProjectsPackage.REMOTE_CONNECTION__HOST:
				setHost((String)newValue);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__PORT:
				setPort((Integer)newValue);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__TRANSPORT:
				setTransport((Transport)newValue);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__WEBSOCKET_PATH:
				setWebsocketPath((String)newValue);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__MQTT_VERSION:
				setMqttVersion((MqttVersion)newValue);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__CLIENT_ID:
				setClientId((String)newValue);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__USERNAME:
				setUsername((String)newValue);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__KEEP_ALIVE_SECONDS:
				setKeepAliveSeconds((Integer)newValue);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__CLEAN_START:
				setCleanStart((Boolean)newValue);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__SESSION_EXPIRY_SECONDS:
				setSessionExpirySeconds((Long)newValue);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__AUTO_RECONNECT:
				setAutoReconnect((Boolean)newValue);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__CONNECT_TIMEOUT_SECONDS:
				setConnectTimeoutSeconds((Integer)newValue);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__WILL_TOPIC:
				setWillTopic((String)newValue);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__WILL_PAYLOAD:
				setWillPayload((String)newValue);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__WILL_QOS:
				setWillQos((Integer)newValue);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__WILL_RETAIN:
				setWillRetain((Boolean)newValue);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__TLS_TRUST:
				setTlsTrust((TlsTrust)newValue);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__CA_FILE:
				setCaFile((String)newValue);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__CLIENT_CERTIFICATE_FILE:
				setClientCertificateFile((String)newValue);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__CLIENT_KEY_FILE:
				setClientKeyFile((String)newValue);
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
			case ProjectsPackage.REMOTE_CONNECTION__HOST:
				setHost(HOST_EDEFAULT);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__TRANSPORT:
				setTransport(TRANSPORT_EDEFAULT);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__WEBSOCKET_PATH:
				setWebsocketPath(WEBSOCKET_PATH_EDEFAULT);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__MQTT_VERSION:
				setMqttVersion(MQTT_VERSION_EDEFAULT);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__CLIENT_ID:
				setClientId(CLIENT_ID_EDEFAULT);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__USERNAME:
				setUsername(USERNAME_EDEFAULT);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__KEEP_ALIVE_SECONDS:
				setKeepAliveSeconds(KEEP_ALIVE_SECONDS_EDEFAULT);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__CLEAN_START:
				setCleanStart(CLEAN_START_EDEFAULT);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__SESSION_EXPIRY_SECONDS:
				setSessionExpirySeconds(SESSION_EXPIRY_SECONDS_EDEFAULT);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__AUTO_RECONNECT:
				setAutoReconnect(AUTO_RECONNECT_EDEFAULT);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__CONNECT_TIMEOUT_SECONDS:
				setConnectTimeoutSeconds(CONNECT_TIMEOUT_SECONDS_EDEFAULT);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__WILL_TOPIC:
				setWillTopic(WILL_TOPIC_EDEFAULT);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__WILL_PAYLOAD:
				setWillPayload(WILL_PAYLOAD_EDEFAULT);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__WILL_QOS:
				setWillQos(WILL_QOS_EDEFAULT);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__WILL_RETAIN:
				setWillRetain(WILL_RETAIN_EDEFAULT);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__TLS_TRUST:
				setTlsTrust(TLS_TRUST_EDEFAULT);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__CA_FILE:
				setCaFile(CA_FILE_EDEFAULT);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__CLIENT_CERTIFICATE_FILE:
				setClientCertificateFile(CLIENT_CERTIFICATE_FILE_EDEFAULT);
				return;
			case ProjectsPackage.REMOTE_CONNECTION__CLIENT_KEY_FILE:
				setClientKeyFile(CLIENT_KEY_FILE_EDEFAULT);
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
			case ProjectsPackage.REMOTE_CONNECTION__HOST:
				return HOST_EDEFAULT == null ? host != null : !HOST_EDEFAULT.equals(host);
			case ProjectsPackage.REMOTE_CONNECTION__PORT:
				return port != PORT_EDEFAULT;
			case ProjectsPackage.REMOTE_CONNECTION__TRANSPORT:
				return transport != TRANSPORT_EDEFAULT;
			case ProjectsPackage.REMOTE_CONNECTION__WEBSOCKET_PATH:
				return WEBSOCKET_PATH_EDEFAULT == null ? websocketPath != null : !WEBSOCKET_PATH_EDEFAULT.equals(websocketPath);
			case ProjectsPackage.REMOTE_CONNECTION__MQTT_VERSION:
				return mqttVersion != MQTT_VERSION_EDEFAULT;
			case ProjectsPackage.REMOTE_CONNECTION__CLIENT_ID:
				return CLIENT_ID_EDEFAULT == null ? clientId != null : !CLIENT_ID_EDEFAULT.equals(clientId);
			case ProjectsPackage.REMOTE_CONNECTION__USERNAME:
				return USERNAME_EDEFAULT == null ? username != null : !USERNAME_EDEFAULT.equals(username);
			case ProjectsPackage.REMOTE_CONNECTION__KEEP_ALIVE_SECONDS:
				return keepAliveSeconds != KEEP_ALIVE_SECONDS_EDEFAULT;
			case ProjectsPackage.REMOTE_CONNECTION__CLEAN_START:
				return cleanStart != CLEAN_START_EDEFAULT;
			case ProjectsPackage.REMOTE_CONNECTION__SESSION_EXPIRY_SECONDS:
				return sessionExpirySeconds != SESSION_EXPIRY_SECONDS_EDEFAULT;
			case ProjectsPackage.REMOTE_CONNECTION__AUTO_RECONNECT:
				return autoReconnect != AUTO_RECONNECT_EDEFAULT;
			case ProjectsPackage.REMOTE_CONNECTION__CONNECT_TIMEOUT_SECONDS:
				return connectTimeoutSeconds != CONNECT_TIMEOUT_SECONDS_EDEFAULT;
			case ProjectsPackage.REMOTE_CONNECTION__WILL_TOPIC:
				return WILL_TOPIC_EDEFAULT == null ? willTopic != null : !WILL_TOPIC_EDEFAULT.equals(willTopic);
			case ProjectsPackage.REMOTE_CONNECTION__WILL_PAYLOAD:
				return WILL_PAYLOAD_EDEFAULT == null ? willPayload != null : !WILL_PAYLOAD_EDEFAULT.equals(willPayload);
			case ProjectsPackage.REMOTE_CONNECTION__WILL_QOS:
				return willQos != WILL_QOS_EDEFAULT;
			case ProjectsPackage.REMOTE_CONNECTION__WILL_RETAIN:
				return willRetain != WILL_RETAIN_EDEFAULT;
			case ProjectsPackage.REMOTE_CONNECTION__TLS_TRUST:
				return tlsTrust != TLS_TRUST_EDEFAULT;
			case ProjectsPackage.REMOTE_CONNECTION__CA_FILE:
				return CA_FILE_EDEFAULT == null ? caFile != null : !CA_FILE_EDEFAULT.equals(caFile);
			case ProjectsPackage.REMOTE_CONNECTION__CLIENT_CERTIFICATE_FILE:
				return CLIENT_CERTIFICATE_FILE_EDEFAULT == null ? clientCertificateFile != null : !CLIENT_CERTIFICATE_FILE_EDEFAULT.equals(clientCertificateFile);
			case ProjectsPackage.REMOTE_CONNECTION__CLIENT_KEY_FILE:
				return CLIENT_KEY_FILE_EDEFAULT == null ? clientKeyFile != null : !CLIENT_KEY_FILE_EDEFAULT.equals(clientKeyFile);
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
		result.append(" (host: ");
		result.append(host);
		result.append(", port: ");
		result.append(port);
		result.append(", transport: ");
		result.append(transport);
		result.append(", websocketPath: ");
		result.append(websocketPath);
		result.append(", mqttVersion: ");
		result.append(mqttVersion);
		result.append(", clientId: ");
		result.append(clientId);
		result.append(", username: ");
		result.append(username);
		result.append(", keepAliveSeconds: ");
		result.append(keepAliveSeconds);
		result.append(", cleanStart: ");
		result.append(cleanStart);
		result.append(", sessionExpirySeconds: ");
		result.append(sessionExpirySeconds);
		result.append(", autoReconnect: ");
		result.append(autoReconnect);
		result.append(", connectTimeoutSeconds: ");
		result.append(connectTimeoutSeconds);
		result.append(", willTopic: ");
		result.append(willTopic);
		result.append(", willPayload: ");
		result.append(willPayload);
		result.append(", willQos: ");
		result.append(willQos);
		result.append(", willRetain: ");
		result.append(willRetain);
		result.append(", tlsTrust: ");
		result.append(tlsTrust);
		result.append(", caFile: ");
		result.append(caFile);
		result.append(", clientCertificateFile: ");
		result.append(clientCertificateFile);
		result.append(", clientKeyFile: ");
		result.append(clientKeyFile);
		result.append(')');
		return result.toString();
	}

} //RemoteConnectionImpl
