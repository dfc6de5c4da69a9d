/**
 */
package org.iotbench.clients.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.iotbench.clients.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ClientsFactoryImpl extends EFactoryImpl implements ClientsFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ClientsFactory init() {
		try {
			ClientsFactory theClientsFactory = (ClientsFactory)EPackage.Registry.INSTANCE.getEFactory(ClientsPackage.eNS_URI);
			if (theClientsFactory != null) {
				return theClientsFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ClientsFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClientsFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ClientsPackage.CLIENT_REGISTRY: return createClientRegistry();
			case ClientsPackage.REGISTERED_CLIENT: return createRegisteredClient();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClientRegistry createClientRegistry() {
		ClientRegistryImpl clientRegistry = new ClientRegistryImpl();
		return clientRegistry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegisteredClient createRegisteredClient() {
		RegisteredClientImpl registeredClient = new RegisteredClientImpl();
		return registeredClient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClientsPackage getClientsPackage() {
		return (ClientsPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ClientsPackage getPackage() {
		return ClientsPackage.eINSTANCE;
	}

} //ClientsFactoryImpl
