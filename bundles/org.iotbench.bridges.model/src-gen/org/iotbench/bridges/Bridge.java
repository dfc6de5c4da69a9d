/**
 */
package org.iotbench.bridges;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bridge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A connection from the local broker to an upstream broker, with the topics it carries.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.bridges.Bridge#getName <em>Name</em>}</li>
 *   <li>{@link org.iotbench.bridges.Bridge#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.iotbench.bridges.Bridge#getHost <em>Host</em>}</li>
 *   <li>{@link org.iotbench.bridges.Bridge#getPort <em>Port</em>}</li>
 *   <li>{@link org.iotbench.bridges.Bridge#isTls <em>Tls</em>}</li>
 *   <li>{@link org.iotbench.bridges.Bridge#getCaFile <em>Ca File</em>}</li>
 *   <li>{@link org.iotbench.bridges.Bridge#getCertificateFile <em>Certificate File</em>}</li>
 *   <li>{@link org.iotbench.bridges.Bridge#getKeyFile <em>Key File</em>}</li>
 *   <li>{@link org.iotbench.bridges.Bridge#getUserName <em>User Name</em>}</li>
 *   <li>{@link org.iotbench.bridges.Bridge#getClientId <em>Client Id</em>}</li>
 *   <li>{@link org.iotbench.bridges.Bridge#getKeepAliveSeconds <em>Keep Alive Seconds</em>}</li>
 *   <li>{@link org.iotbench.bridges.Bridge#isCleanSession <em>Clean Session</em>}</li>
 *   <li>{@link org.iotbench.bridges.Bridge#getQueueLimitMegabytes <em>Queue Limit Megabytes</em>}</li>
 *   <li>{@link org.iotbench.bridges.Bridge#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @see org.iotbench.bridges.BridgesPackage#getBridge()
 * @model
 * @generated
 */
public interface Bridge extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The bridge's unique name, as the command line and the Broker view show it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.iotbench.bridges.BridgesPackage#getBridge_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.iotbench.bridges.Bridge#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the bridge connects while the broker runs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.iotbench.bridges.BridgesPackage#getBridge_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.iotbench.bridges.Bridge#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see org.iotbench.bridges.BridgesPackage#getBridge_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link org.iotbench.bridges.Bridge#getHost <em>Host</em>}' attribute.
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
	 * @see org.iotbench.bridges.BridgesPackage#getBridge_Port()
	 * @model default="1883"
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link org.iotbench.bridges.Bridge#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>Tls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the connection uses TLS.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tls</em>' attribute.
	 * @see #setTls(boolean)
	 * @see org.iotbench.bridges.BridgesPackage#getBridge_Tls()
	 * @model
	 * @generated
	 */
	boolean isTls();

	/**
	 * Sets the value of the '{@link org.iotbench.bridges.Bridge#isTls <em>Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tls</em>' attribute.
	 * @see #isTls()
	 * @generated
	 */
	void setTls(boolean value);

	/**
	 * Returns the value of the '<em><b>Ca File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The certificate authority (PEM or DER) that signed the upstream's certificate; empty means the Java runtime's trust store.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ca File</em>' attribute.
	 * @see #setCaFile(String)
	 * @see org.iotbench.bridges.BridgesPackage#getBridge_CaFile()
	 * @model
	 * @generated
	 */
	String getCaFile();

	/**
	 * Sets the value of the '{@link org.iotbench.bridges.Bridge#getCaFile <em>Ca File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ca File</em>' attribute.
	 * @see #getCaFile()
	 * @generated
	 */
	void setCaFile(String value);

	/**
	 * Returns the value of the '<em><b>Certificate File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The client certificate (PEM) the bridge identifies itself with, or empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certificate File</em>' attribute.
	 * @see #setCertificateFile(String)
	 * @see org.iotbench.bridges.BridgesPackage#getBridge_CertificateFile()
	 * @model
	 * @generated
	 */
	String getCertificateFile();

	/**
	 * Sets the value of the '{@link org.iotbench.bridges.Bridge#getCertificateFile <em>Certificate File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certificate File</em>' attribute.
	 * @see #getCertificateFile()
	 * @generated
	 */
	void setCertificateFile(String value);

	/**
	 * Returns the value of the '<em><b>Key File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The private key (PEM, unencrypted) of the client certificate, or empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key File</em>' attribute.
	 * @see #setKeyFile(String)
	 * @see org.iotbench.bridges.BridgesPackage#getBridge_KeyFile()
	 * @model
	 * @generated
	 */
	String getKeyFile();

	/**
	 * Sets the value of the '{@link org.iotbench.bridges.Bridge#getKeyFile <em>Key File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key File</em>' attribute.
	 * @see #getKeyFile()
	 * @generated
	 */
	void setKeyFile(String value);

	/**
	 * Returns the value of the '<em><b>User Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user name at the upstream, or empty; the password is kept in the secure storage, never here.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Name</em>' attribute.
	 * @see #setUserName(String)
	 * @see org.iotbench.bridges.BridgesPackage#getBridge_UserName()
	 * @model
	 * @generated
	 */
	String getUserName();

	/**
	 * Sets the value of the '{@link org.iotbench.bridges.Bridge#getUserName <em>User Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Name</em>' attribute.
	 * @see #getUserName()
	 * @generated
	 */
	void setUserName(String value);

	/**
	 * Returns the value of the '<em><b>Client Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The client ID the bridge connects with; it must be unique at the upstream.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Client Id</em>' attribute.
	 * @see #setClientId(String)
	 * @see org.iotbench.bridges.BridgesPackage#getBridge_ClientId()
	 * @model
	 * @generated
	 */
	String getClientId();

	/**
	 * Sets the value of the '{@link org.iotbench.bridges.Bridge#getClientId <em>Client Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Id</em>' attribute.
	 * @see #getClientId()
	 * @generated
	 */
	void setClientId(String value);

	/**
	 * Returns the value of the '<em><b>Keep Alive Seconds</b></em>' attribute.
	 * The default value is <code>"60"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Keep Alive Seconds</em>' attribute.
	 * @see #setKeepAliveSeconds(int)
	 * @see org.iotbench.bridges.BridgesPackage#getBridge_KeepAliveSeconds()
	 * @model default="60"
	 * @generated
	 */
	int getKeepAliveSeconds();

	/**
	 * Sets the value of the '{@link org.iotbench.bridges.Bridge#getKeepAliveSeconds <em>Keep Alive Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Keep Alive Seconds</em>' attribute.
	 * @see #getKeepAliveSeconds()
	 * @generated
	 */
	void setKeepAliveSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Clean Session</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the upstream forgets the bridge's session when it disconnects (then it queues nothing for it meanwhile).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clean Session</em>' attribute.
	 * @see #setCleanSession(boolean)
	 * @see org.iotbench.bridges.BridgesPackage#getBridge_CleanSession()
	 * @model
	 * @generated
	 */
	boolean isCleanSession();

	/**
	 * Sets the value of the '{@link org.iotbench.bridges.Bridge#isCleanSession <em>Clean Session</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clean Session</em>' attribute.
	 * @see #isCleanSession()
	 * @generated
	 */
	void setCleanSession(boolean value);

	/**
	 * Returns the value of the '<em><b>Queue Limit Megabytes</b></em>' attribute.
	 * The default value is <code>"64"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How much the queue of QoS 1 messages bound upstream may hold on disk; beyond it the oldest are dropped and counted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Queue Limit Megabytes</em>' attribute.
	 * @see #setQueueLimitMegabytes(int)
	 * @see org.iotbench.bridges.BridgesPackage#getBridge_QueueLimitMegabytes()
	 * @model default="64"
	 * @generated
	 */
	int getQueueLimitMegabytes();

	/**
	 * Sets the value of the '{@link org.iotbench.bridges.Bridge#getQueueLimitMegabytes <em>Queue Limit Megabytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Queue Limit Megabytes</em>' attribute.
	 * @see #getQueueLimitMegabytes()
	 * @generated
	 */
	void setQueueLimitMegabytes(int value);

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.iotbench.bridges.TopicRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see org.iotbench.bridges.BridgesPackage#getBridge_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<TopicRule> getRules();

} // Bridge
