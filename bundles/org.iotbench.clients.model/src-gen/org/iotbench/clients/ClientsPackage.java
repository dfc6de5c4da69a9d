/**
 */
package org.iotbench.clients;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The local registry of MQTT clients known to the embedded broker.
 * <!-- end-model-doc -->
 * @see org.iotbench.clients.ClientsFactory
 * @model kind="package"
 * @generated
 */
public interface ClientsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "clients";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://iotbench.org/clients/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "clients";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ClientsPackage eINSTANCE = org.iotbench.clients.impl.ClientsPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.iotbench.clients.impl.ClientRegistryImpl <em>Client Registry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.clients.impl.ClientRegistryImpl
	 * @see org.iotbench.clients.impl.ClientsPackageImpl#getClientRegistry()
	 * @generated
	 */
	int CLIENT_REGISTRY = 0;

	/**
	 * The feature id for the '<em><b>Clients</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_REGISTRY__CLIENTS = 0;

	/**
	 * The number of structural features of the '<em>Client Registry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_REGISTRY_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Client Registry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_REGISTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.iotbench.clients.impl.RegisteredClientImpl <em>Registered Client</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.clients.impl.RegisteredClientImpl
	 * @see org.iotbench.clients.impl.ClientsPackageImpl#getRegisteredClient()
	 * @generated
	 */
	int REGISTERED_CLIENT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_CLIENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Client Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_CLIENT__CLIENT_ID = 1;

	/**
	 * The feature id for the '<em><b>Password Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_CLIENT__PASSWORD_HASH = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_CLIENT__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_CLIENT__ENABLED = 4;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_CLIENT__CREATED = 5;

	/**
	 * The feature id for the '<em><b>Publish Patterns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_CLIENT__PUBLISH_PATTERNS = 6;

	/**
	 * The feature id for the '<em><b>Subscribe Patterns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_CLIENT__SUBSCRIBE_PATTERNS = 7;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_CLIENT__LAST_SEEN = 8;

	/**
	 * The feature id for the '<em><b>Online</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_CLIENT__ONLINE = 9;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_CLIENT__ADDRESS = 10;

	/**
	 * The number of structural features of the '<em>Registered Client</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_CLIENT_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Registered Client</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_CLIENT_OPERATION_COUNT = 0;


	/**
	 * Returns the meta object for class '{@link org.iotbench.clients.ClientRegistry <em>Client Registry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Client Registry</em>'.
	 * @see org.iotbench.clients.ClientRegistry
	 * @generated
	 */
	EClass getClientRegistry();

	/**
	 * Returns the meta object for the containment reference list '{@link org.iotbench.clients.ClientRegistry#getClients <em>Clients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Clients</em>'.
	 * @see org.iotbench.clients.ClientRegistry#getClients()
	 * @see #getClientRegistry()
	 * @generated
	 */
	EReference getClientRegistry_Clients();

	/**
	 * Returns the meta object for class '{@link org.iotbench.clients.RegisteredClient <em>Registered Client</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Registered Client</em>'.
	 * @see org.iotbench.clients.RegisteredClient
	 * @generated
	 */
	EClass getRegisteredClient();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.clients.RegisteredClient#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.iotbench.clients.RegisteredClient#getName()
	 * @see #getRegisteredClient()
	 * @generated
	 */
	EAttribute getRegisteredClient_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.clients.RegisteredClient#getClientId <em>Client Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Id</em>'.
	 * @see org.iotbench.clients.RegisteredClient#getClientId()
	 * @see #getRegisteredClient()
	 * @generated
	 */
	EAttribute getRegisteredClient_ClientId();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.clients.RegisteredClient#getPasswordHash <em>Password Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Password Hash</em>'.
	 * @see org.iotbench.clients.RegisteredClient#getPasswordHash()
	 * @see #getRegisteredClient()
	 * @generated
	 */
	EAttribute getRegisteredClient_PasswordHash();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.clients.RegisteredClient#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.iotbench.clients.RegisteredClient#getDescription()
	 * @see #getRegisteredClient()
	 * @generated
	 */
	EAttribute getRegisteredClient_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.clients.RegisteredClient#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.iotbench.clients.RegisteredClient#isEnabled()
	 * @see #getRegisteredClient()
	 * @generated
	 */
	EAttribute getRegisteredClient_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.clients.RegisteredClient#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.iotbench.clients.RegisteredClient#getCreated()
	 * @see #getRegisteredClient()
	 * @generated
	 */
	EAttribute getRegisteredClient_Created();

	/**
	 * Returns the meta object for the attribute list '{@link org.iotbench.clients.RegisteredClient#getPublishPatterns <em>Publish Patterns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Publish Patterns</em>'.
	 * @see org.iotbench.clients.RegisteredClient#getPublishPatterns()
	 * @see #getRegisteredClient()
	 * @generated
	 */
	EAttribute getRegisteredClient_PublishPatterns();

	/**
	 * Returns the meta object for the attribute list '{@link org.iotbench.clients.RegisteredClient#getSubscribePatterns <em>Subscribe Patterns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Subscribe Patterns</em>'.
	 * @see org.iotbench.clients.RegisteredClient#getSubscribePatterns()
	 * @see #getRegisteredClient()
	 * @generated
	 */
	EAttribute getRegisteredClient_SubscribePatterns();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.clients.RegisteredClient#getLastSeen <em>Last Seen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Seen</em>'.
	 * @see org.iotbench.clients.RegisteredClient#getLastSeen()
	 * @see #getRegisteredClient()
	 * @generated
	 */
	EAttribute getRegisteredClient_LastSeen();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.clients.RegisteredClient#isOnline <em>Online</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Online</em>'.
	 * @see org.iotbench.clients.RegisteredClient#isOnline()
	 * @see #getRegisteredClient()
	 * @generated
	 */
	EAttribute getRegisteredClient_Online();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.clients.RegisteredClient#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.iotbench.clients.RegisteredClient#getAddress()
	 * @see #getRegisteredClient()
	 * @generated
	 */
	EAttribute getRegisteredClient_Address();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ClientsFactory getClientsFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.iotbench.clients.impl.ClientRegistryImpl <em>Client Registry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.clients.impl.ClientRegistryImpl
		 * @see org.iotbench.clients.impl.ClientsPackageImpl#getClientRegistry()
		 * @generated
		 */
		EClass CLIENT_REGISTRY = eINSTANCE.getClientRegistry();

		/**
		 * The meta object literal for the '<em><b>Clients</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT_REGISTRY__CLIENTS = eINSTANCE.getClientRegistry_Clients();

		/**
		 * The meta object literal for the '{@link org.iotbench.clients.impl.RegisteredClientImpl <em>Registered Client</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.clients.impl.RegisteredClientImpl
		 * @see org.iotbench.clients.impl.ClientsPackageImpl#getRegisteredClient()
		 * @generated
		 */
		EClass REGISTERED_CLIENT = eINSTANCE.getRegisteredClient();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERED_CLIENT__NAME = eINSTANCE.getRegisteredClient_Name();

		/**
		 * The meta object literal for the '<em><b>Client Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERED_CLIENT__CLIENT_ID = eINSTANCE.getRegisteredClient_ClientId();

		/**
		 * The meta object literal for the '<em><b>Password Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERED_CLIENT__PASSWORD_HASH = eINSTANCE.getRegisteredClient_PasswordHash();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERED_CLIENT__DESCRIPTION = eINSTANCE.getRegisteredClient_Description();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERED_CLIENT__ENABLED = eINSTANCE.getRegisteredClient_Enabled();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERED_CLIENT__CREATED = eINSTANCE.getRegisteredClient_Created();

		/**
		 * The meta object literal for the '<em><b>Publish Patterns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERED_CLIENT__PUBLISH_PATTERNS = eINSTANCE.getRegisteredClient_PublishPatterns();

		/**
		 * The meta object literal for the '<em><b>Subscribe Patterns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERED_CLIENT__SUBSCRIBE_PATTERNS = eINSTANCE.getRegisteredClient_SubscribePatterns();

		/**
		 * The meta object literal for the '<em><b>Last Seen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERED_CLIENT__LAST_SEEN = eINSTANCE.getRegisteredClient_LastSeen();

		/**
		 * The meta object literal for the '<em><b>Online</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERED_CLIENT__ONLINE = eINSTANCE.getRegisteredClient_Online();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERED_CLIENT__ADDRESS = eINSTANCE.getRegisteredClient_Address();

	}

} //ClientsPackage
