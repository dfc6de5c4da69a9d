/**
 */
package org.iotbench.clients;

import java.util.Date;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Registered Client</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A client that may connect to the broker, identified by its MQTT client identifier.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.clients.RegisteredClient#getName <em>Name</em>}</li>
 *   <li>{@link org.iotbench.clients.RegisteredClient#getClientId <em>Client Id</em>}</li>
 *   <li>{@link org.iotbench.clients.RegisteredClient#getPasswordHash <em>Password Hash</em>}</li>
 *   <li>{@link org.iotbench.clients.RegisteredClient#getDescription <em>Description</em>}</li>
 *   <li>{@link org.iotbench.clients.RegisteredClient#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.iotbench.clients.RegisteredClient#getCreated <em>Created</em>}</li>
 *   <li>{@link org.iotbench.clients.RegisteredClient#getPublishPatterns <em>Publish Patterns</em>}</li>
 *   <li>{@link org.iotbench.clients.RegisteredClient#getSubscribePatterns <em>Subscribe Patterns</em>}</li>
 *   <li>{@link org.iotbench.clients.RegisteredClient#getLastSeen <em>Last Seen</em>}</li>
 *   <li>{@link org.iotbench.clients.RegisteredClient#isOnline <em>Online</em>}</li>
 *   <li>{@link org.iotbench.clients.RegisteredClient#getAddress <em>Address</em>}</li>
 * </ul>
 *
 * @see org.iotbench.clients.ClientsPackage#getRegisteredClient()
 * @model
 * @generated
 */
public interface RegisteredClient extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A human-readable label; it plays no part in authentication.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.iotbench.clients.ClientsPackage#getRegisteredClient_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.iotbench.clients.RegisteredClient#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Client Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The MQTT client identifier the device sends in its CONNECT packet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Client Id</em>' attribute.
	 * @see #setClientId(String)
	 * @see org.iotbench.clients.ClientsPackage#getRegisteredClient_ClientId()
	 * @model id="true"
	 * @generated
	 */
	String getClientId();

	/**
	 * Sets the value of the '{@link org.iotbench.clients.RegisteredClient#getClientId <em>Client Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Id</em>' attribute.
	 * @see #getClientId()
	 * @generated
	 */
	void setClientId(String value);

	/**
	 * Returns the value of the '<em><b>Password Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hash of the client's password, never the password itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Password Hash</em>' attribute.
	 * @see #setPasswordHash(String)
	 * @see org.iotbench.clients.ClientsPackage#getRegisteredClient_PasswordHash()
	 * @model
	 * @generated
	 */
	String getPasswordHash();

	/**
	 * Sets the value of the '{@link org.iotbench.clients.RegisteredClient#getPasswordHash <em>Password Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password Hash</em>' attribute.
	 * @see #getPasswordHash()
	 * @generated
	 */
	void setPasswordHash(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.iotbench.clients.ClientsPackage#getRegisteredClient_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.iotbench.clients.RegisteredClient#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the client is allowed to connect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.iotbench.clients.ClientsPackage#getRegisteredClient_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.iotbench.clients.RegisteredClient#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.iotbench.clients.ClientsPackage#getRegisteredClient_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.iotbench.clients.RegisteredClient#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Publish Patterns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Topic patterns the client may publish to (MQTT filters, %c stands for its client ID); empty means anywhere.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Publish Patterns</em>' attribute list.
	 * @see org.iotbench.clients.ClientsPackage#getRegisteredClient_PublishPatterns()
	 * @model
	 * @generated
	 */
	EList<String> getPublishPatterns();

	/**
	 * Returns the value of the '<em><b>Subscribe Patterns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Topic patterns the client may subscribe within (MQTT filters, %c stands for its client ID); empty means anywhere.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subscribe Patterns</em>' attribute list.
	 * @see org.iotbench.clients.ClientsPackage#getRegisteredClient_SubscribePatterns()
	 * @model
	 * @generated
	 */
	EList<String> getSubscribePatterns();

	/**
	 * Returns the value of the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the client last connected or disconnected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Seen</em>' attribute.
	 * @see #setLastSeen(Date)
	 * @see org.iotbench.clients.ClientsPackage#getRegisteredClient_LastSeen()
	 * @model
	 * @generated
	 */
	Date getLastSeen();

	/**
	 * Sets the value of the '{@link org.iotbench.clients.RegisteredClient#getLastSeen <em>Last Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Seen</em>' attribute.
	 * @see #getLastSeen()
	 * @generated
	 */
	void setLastSeen(Date value);

	/**
	 * Returns the value of the '<em><b>Online</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the client is connected now; runtime state, not persisted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Online</em>' attribute.
	 * @see #setOnline(boolean)
	 * @see org.iotbench.clients.ClientsPackage#getRegisteredClient_Online()
	 * @model transient="true"
	 * @generated
	 */
	boolean isOnline();

	/**
	 * Sets the value of the '{@link org.iotbench.clients.RegisteredClient#isOnline <em>Online</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Online</em>' attribute.
	 * @see #isOnline()
	 * @generated
	 */
	void setOnline(boolean value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device's source address while it is online; runtime state, not persisted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.iotbench.clients.ClientsPackage#getRegisteredClient_Address()
	 * @model transient="true"
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.iotbench.clients.RegisteredClient#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

} // RegisteredClient
