/**
 */
package org.iotbench.clients.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.iotbench.clients.ClientRegistry;
import org.iotbench.clients.ClientsFactory;
import org.iotbench.clients.ClientsPackage;
import org.iotbench.clients.RegisteredClient;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ClientsPackageImpl extends EPackageImpl implements ClientsPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clientRegistryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass registeredClientEClass = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.iotbench.clients.ClientsPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ClientsPackageImpl() {
		super(eNS_URI, ClientsFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ClientsPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ClientsPackage init() {
		if (isInited) return (ClientsPackage)EPackage.Registry.INSTANCE.getEPackage(ClientsPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredClientsPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ClientsPackageImpl theClientsPackage = registeredClientsPackage instanceof ClientsPackageImpl ? (ClientsPackageImpl)registeredClientsPackage : new ClientsPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theClientsPackage.createPackageContents();

		// Initialize created meta-data
		theClientsPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theClientsPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ClientsPackage.eNS_URI, theClientsPackage);
		return theClientsPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClientRegistry() {
		return clientRegistryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClientRegistry_Clients() {
		return (EReference)clientRegistryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegisteredClient() {
		return registeredClientEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisteredClient_Name() {
		return (EAttribute)registeredClientEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisteredClient_ClientId() {
		return (EAttribute)registeredClientEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisteredClient_PasswordHash() {
		return (EAttribute)registeredClientEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisteredClient_Description() {
		return (EAttribute)registeredClientEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisteredClient_Enabled() {
		return (EAttribute)registeredClientEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisteredClient_Created() {
		return (EAttribute)registeredClientEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisteredClient_PublishPatterns() {
		return (EAttribute)registeredClientEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisteredClient_SubscribePatterns() {
		return (EAttribute)registeredClientEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisteredClient_LastSeen() {
		return (EAttribute)registeredClientEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisteredClient_Online() {
		return (EAttribute)registeredClientEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisteredClient_Address() {
		return (EAttribute)registeredClientEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClientsFactory getClientsFactory() {
		return (ClientsFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		clientRegistryEClass = createEClass(CLIENT_REGISTRY);
		createEReference(clientRegistryEClass, CLIENT_REGISTRY__CLIENTS);

		registeredClientEClass = createEClass(REGISTERED_CLIENT);
		createEAttribute(registeredClientEClass, REGISTERED_CLIENT__NAME);
		createEAttribute(registeredClientEClass, REGISTERED_CLIENT__CLIENT_ID);
		createEAttribute(registeredClientEClass, REGISTERED_CLIENT__PASSWORD_HASH);
		createEAttribute(registeredClientEClass, REGISTERED_CLIENT__DESCRIPTION);
		createEAttribute(registeredClientEClass, REGISTERED_CLIENT__ENABLED);
		createEAttribute(registeredClientEClass, REGISTERED_CLIENT__CREATED);
		createEAttribute(registeredClientEClass, REGISTERED_CLIENT__PUBLISH_PATTERNS);
		createEAttribute(registeredClientEClass, REGISTERED_CLIENT__SUBSCRIBE_PATTERNS);
		createEAttribute(registeredClientEClass, REGISTERED_CLIENT__LAST_SEEN);
		createEAttribute(registeredClientEClass, REGISTERED_CLIENT__ONLINE);
		createEAttribute(registeredClientEClass, REGISTERED_CLIENT__ADDRESS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(clientRegistryEClass, ClientRegistry.class, "ClientRegistry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getClientRegistry_Clients(), this.getRegisteredClient(), null, "clients", null, 0, -1, ClientRegistry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(registeredClientEClass, RegisteredClient.class, "RegisteredClient", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRegisteredClient_Name(), ecorePackage.getEString(), "name", null, 0, 1, RegisteredClient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisteredClient_ClientId(), ecorePackage.getEString(), "clientId", null, 0, 1, RegisteredClient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisteredClient_PasswordHash(), ecorePackage.getEString(), "passwordHash", null, 0, 1, RegisteredClient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisteredClient_Description(), ecorePackage.getEString(), "description", null, 0, 1, RegisteredClient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisteredClient_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, RegisteredClient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisteredClient_Created(), ecorePackage.getEDate(), "created", null, 0, 1, RegisteredClient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisteredClient_PublishPatterns(), ecorePackage.getEString(), "publishPatterns", null, 0, -1, RegisteredClient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisteredClient_SubscribePatterns(), ecorePackage.getEString(), "subscribePatterns", null, 0, -1, RegisteredClient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisteredClient_LastSeen(), ecorePackage.getEDate(), "lastSeen", null, 0, 1, RegisteredClient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisteredClient_Online(), ecorePackage.getEBoolean(), "online", null, 0, 1, RegisteredClient.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisteredClient_Address(), ecorePackage.getEString(), "address", null, 0, 1, RegisteredClient.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Create resource
		createResource(eNS_URI);
	}

} //ClientsPackageImpl
