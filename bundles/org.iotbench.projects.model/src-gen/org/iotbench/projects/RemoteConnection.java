/**
 */
package org.iotbench.projects;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Remote Connection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a remote project connects to its MQTT broker. There is deliberately no password attribute: the password lives in Eclipse Secure Storage, never in this model or the file it is saved to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.projects.RemoteConnection#getHost <em>Host</em>}</li>
 *   <li>{@link org.iotbench.projects.RemoteConnection#getPort <em>Port</em>}</li>
 *   <li>{@link org.iotbench.projects.RemoteConnection#getTransport <em>Transport</em>}</li>
 *   <li>{@link org.iotbench.projects.RemoteConnection#getWebsocketPath <em>Websocket Path</em>}</li>
 *   <li>{@link org.iotbench.projects.RemoteConnection#getMqttVersion <em>Mqtt Version</em>}</li>
 *   <li>{@link org.iotbench.projects.RemoteConnection#getClientId <em>Client Id</em>}</li>
 *   <li>{@link org.iotbench.projects.RemoteConnection#getUsername <em>Username</em>}</li>
 *   <li>{@link org.iotbench.projects.RemoteConnection#getKeepAliveSeconds <em>Keep Alive Seconds</em>}</li>
 *   <li>{@link org.iotbench.projects.RemoteConnection#isCleanStart <em>Clean Start</em>}</li>
 *   <li>{@link org.iotbench.projects.RemoteConnection#getSessionExpirySeconds <em>Session Expiry Seconds</em>}</li>
 *   <li>{@link org.iotbench.projects.RemoteConnection#isAutoReconnect <em>Auto Reconnect</em>}</li>
 *   <li>{@link org.iotbench.projects.RemoteConnection#getConnectTimeoutSeconds <em>Connect Timeout Seconds</em>}</li>
 *   <li>{@link org.iotbench.projects.RemoteConnection#getWillTopic <em>Will Topic</em>}</li>
 *   <li>{@link org.iotbench.projects.RemoteConnection#getWillPayload <em>Will Payload</em>}</li>
 *   <li>{@link org.iotbench.projects.RemoteConnection#getWillQos <em>Will Qos</em>}</li>
 *   <li>{@link org.iotbench.projects.RemoteConnection#isWillRetain <em>Will Retain</em>}</li>
 *   <li>{@link org.iotbench.projects.RemoteConnection#getTlsTrust <em>Tls Trust</em>}</li>
 *   <li>{@link org.iotbench.projects.RemoteConnection#getCaFile <em>Ca File</em>}</li>
 *   <li>{@link org.iotbench.projects.RemoteConnection#getClientCertificateFile <em>Client Certificate File</em>}</li>
 *   <li>{@link org.iotbench.projects.RemoteConnection#getClientKeyFile <em>Client Key File</em>}</li>
 * </ul>
 *
 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection()
 * @model
 * @generated
 */
public interface RemoteConnection extends EObject {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The broker's host name or IP address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * The default value is <code>"1883"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_Port()
	 * @model default="1883"
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>Transport</b></em>' attribute.
	 * The default value is <code>"TCP"</code>.
	 * The literals are from the enumeration {@link org.iotbench.projects.Transport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transport</em>' attribute.
	 * @see org.iotbench.projects.Transport
	 * @see #setTransport(Transport)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_Transport()
	 * @model default="TCP"
	 * @generated
	 */
	Transport getTransport();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#getTransport <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transport</em>' attribute.
	 * @see org.iotbench.projects.Transport
	 * @see #getTransport()
	 * @generated
	 */
	void setTransport(Transport value);

	/**
	 * Returns the value of the '<em><b>Websocket Path</b></em>' attribute.
	 * The default value is <code>"/mqtt"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The HTTP path of the broker's WebSocket endpoint; used only by the WebSocket transports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Websocket Path</em>' attribute.
	 * @see #setWebsocketPath(String)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_WebsocketPath()
	 * @model default="/mqtt"
	 * @generated
	 */
	String getWebsocketPath();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#getWebsocketPath <em>Websocket Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Websocket Path</em>' attribute.
	 * @see #getWebsocketPath()
	 * @generated
	 */
	void setWebsocketPath(String value);

	/**
	 * Returns the value of the '<em><b>Mqtt Version</b></em>' attribute.
	 * The default value is <code>"3.1.1"</code>.
	 * The literals are from the enumeration {@link org.iotbench.projects.MqttVersion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mqtt Version</em>' attribute.
	 * @see org.iotbench.projects.MqttVersion
	 * @see #setMqttVersion(MqttVersion)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_MqttVersion()
	 * @model default="3.1.1"
	 * @generated
	 */
	MqttVersion getMqttVersion();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#getMqttVersion <em>Mqtt Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mqtt Version</em>' attribute.
	 * @see org.iotbench.projects.MqttVersion
	 * @see #getMqttVersion()
	 * @generated
	 */
	void setMqttVersion(MqttVersion value);

	/**
	 * Returns the value of the '<em><b>Client Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The MQTT client identifier sent in the CONNECT packet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Client Id</em>' attribute.
	 * @see #setClientId(String)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_ClientId()
	 * @model
	 * @generated
	 */
	String getClientId();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#getClientId <em>Client Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Id</em>' attribute.
	 * @see #getClientId()
	 * @generated
	 */
	void setClientId(String value);

	/**
	 * Returns the value of the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user name sent in the CONNECT packet; its password is kept in Eclipse Secure Storage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Username</em>' attribute.
	 * @see #setUsername(String)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_Username()
	 * @model
	 * @generated
	 */
	String getUsername();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#getUsername <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Username</em>' attribute.
	 * @see #getUsername()
	 * @generated
	 */
	void setUsername(String value);

	/**
	 * Returns the value of the '<em><b>Keep Alive Seconds</b></em>' attribute.
	 * The default value is <code>"60"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The keep-alive interval in seconds; 0 turns keep-alive off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Keep Alive Seconds</em>' attribute.
	 * @see #setKeepAliveSeconds(int)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_KeepAliveSeconds()
	 * @model default="60"
	 * @generated
	 */
	int getKeepAliveSeconds();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#getKeepAliveSeconds <em>Keep Alive Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Keep Alive Seconds</em>' attribute.
	 * @see #getKeepAliveSeconds()
	 * @generated
	 */
	void setKeepAliveSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Clean Start</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether to start a new session: Clean Start in MQTT 5, Clean Session in MQTT 3.1.1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clean Start</em>' attribute.
	 * @see #setCleanStart(boolean)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_CleanStart()
	 * @model default="true"
	 * @generated
	 */
	boolean isCleanStart();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#isCleanStart <em>Clean Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clean Start</em>' attribute.
	 * @see #isCleanStart()
	 * @generated
	 */
	void setCleanStart(boolean value);

	/**
	 * Returns the value of the '<em><b>Session Expiry Seconds</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MQTT 5 only: how long the broker keeps the session after the connection closes, in seconds; 0 ends it with the connection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Session Expiry Seconds</em>' attribute.
	 * @see #setSessionExpirySeconds(long)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_SessionExpirySeconds()
	 * @model default="0"
	 * @generated
	 */
	long getSessionExpirySeconds();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#getSessionExpirySeconds <em>Session Expiry Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session Expiry Seconds</em>' attribute.
	 * @see #getSessionExpirySeconds()
	 * @generated
	 */
	void setSessionExpirySeconds(long value);

	/**
	 * Returns the value of the '<em><b>Auto Reconnect</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether to reconnect automatically when the connection is lost.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Auto Reconnect</em>' attribute.
	 * @see #setAutoReconnect(boolean)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_AutoReconnect()
	 * @model default="true"
	 * @generated
	 */
	boolean isAutoReconnect();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#isAutoReconnect <em>Auto Reconnect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Auto Reconnect</em>' attribute.
	 * @see #isAutoReconnect()
	 * @generated
	 */
	void setAutoReconnect(boolean value);

	/**
	 * Returns the value of the '<em><b>Connect Timeout Seconds</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long to wait for the broker to accept the connection, in seconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connect Timeout Seconds</em>' attribute.
	 * @see #setConnectTimeoutSeconds(int)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_ConnectTimeoutSeconds()
	 * @model default="10"
	 * @generated
	 */
	int getConnectTimeoutSeconds();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#getConnectTimeoutSeconds <em>Connect Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connect Timeout Seconds</em>' attribute.
	 * @see #getConnectTimeoutSeconds()
	 * @generated
	 */
	void setConnectTimeoutSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Will Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The topic of the last-will message the broker publishes if the client goes away without disconnecting; empty for no will.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Will Topic</em>' attribute.
	 * @see #setWillTopic(String)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_WillTopic()
	 * @model
	 * @generated
	 */
	String getWillTopic();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#getWillTopic <em>Will Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Will Topic</em>' attribute.
	 * @see #getWillTopic()
	 * @generated
	 */
	void setWillTopic(String value);

	/**
	 * Returns the value of the '<em><b>Will Payload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Will Payload</em>' attribute.
	 * @see #setWillPayload(String)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_WillPayload()
	 * @model
	 * @generated
	 */
	String getWillPayload();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#getWillPayload <em>Will Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Will Payload</em>' attribute.
	 * @see #getWillPayload()
	 * @generated
	 */
	void setWillPayload(String value);

	/**
	 * Returns the value of the '<em><b>Will Qos</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Will Qos</em>' attribute.
	 * @see #setWillQos(int)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_WillQos()
	 * @model default="0"
	 * @generated
	 */
	int getWillQos();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#getWillQos <em>Will Qos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Will Qos</em>' attribute.
	 * @see #getWillQos()
	 * @generated
	 */
	void setWillQos(int value);

	/**
	 * Returns the value of the '<em><b>Will Retain</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Will Retain</em>' attribute.
	 * @see #setWillRetain(boolean)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_WillRetain()
	 * @model default="false"
	 * @generated
	 */
	boolean isWillRetain();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#isWillRetain <em>Will Retain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Will Retain</em>' attribute.
	 * @see #isWillRetain()
	 * @generated
	 */
	void setWillRetain(boolean value);

	/**
	 * Returns the value of the '<em><b>Tls Trust</b></em>' attribute.
	 * The default value is <code>"SYSTEM"</code>.
	 * The literals are from the enumeration {@link org.iotbench.projects.TlsTrust}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which server certificates to trust with the TLS transports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tls Trust</em>' attribute.
	 * @see org.iotbench.projects.TlsTrust
	 * @see #setTlsTrust(TlsTrust)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_TlsTrust()
	 * @model default="SYSTEM"
	 * @generated
	 */
	TlsTrust getTlsTrust();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#getTlsTrust <em>Tls Trust</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tls Trust</em>' attribute.
	 * @see org.iotbench.projects.TlsTrust
	 * @see #getTlsTrust()
	 * @generated
	 */
	void setTlsTrust(TlsTrust value);

	/**
	 * Returns the value of the '<em><b>Ca File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CA certificate file to trust when tlsTrust is CA_FILE.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ca File</em>' attribute.
	 * @see #setCaFile(String)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_CaFile()
	 * @model
	 * @generated
	 */
	String getCaFile();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#getCaFile <em>Ca File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ca File</em>' attribute.
	 * @see #getCaFile()
	 * @generated
	 */
	void setCaFile(String value);

	/**
	 * Returns the value of the '<em><b>Client Certificate File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The client certificate file for TLS client authentication; empty for none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Client Certificate File</em>' attribute.
	 * @see #setClientCertificateFile(String)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_ClientCertificateFile()
	 * @model
	 * @generated
	 */
	String getClientCertificateFile();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#getClientCertificateFile <em>Client Certificate File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Certificate File</em>' attribute.
	 * @see #getClientCertificateFile()
	 * @generated
	 */
	void setClientCertificateFile(String value);

	/**
	 * Returns the value of the '<em><b>Client Key File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The private key file of the client certificate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Client Key File</em>' attribute.
	 * @see #setClientKeyFile(String)
	 * @see org.iotbench.projects.ProjectsPackage#getRemoteConnection_ClientKeyFile()
	 * @model
	 * @generated
	 */
	String getClientKeyFile();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.RemoteConnection#getClientKeyFile <em>Client Key File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Key File</em>' attribute.
	 * @see #getClientKeyFile()
	 * @generated
	 */
	void setClientKeyFile(String value);

} // RemoteConnection
