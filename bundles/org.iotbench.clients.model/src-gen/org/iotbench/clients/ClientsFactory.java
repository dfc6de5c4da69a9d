/**
 */
package org.iotbench.clients;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.iotbench.clients.ClientsPackage
 * @generated
 */
public interface ClientsFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ClientsFactory eINSTANCE = org.iotbench.clients.impl.ClientsFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Client Registry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Client Registry</em>'.
	 * @generated
	 */
	ClientRegistry createClientRegistry();

	/**
	 * Returns a new object of class '<em>Registered Client</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Registered Client</em>'.
	 * @generated
	 */
	RegisteredClient createRegisteredClient();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ClientsPackage getClientsPackage();

} //ClientsFactory
