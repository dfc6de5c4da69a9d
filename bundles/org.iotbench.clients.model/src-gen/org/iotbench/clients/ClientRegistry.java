/**
 */
package org.iotbench.clients;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Client Registry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of the registry: the clients that may connect to the broker.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.clients.ClientRegistry#getClients <em>Clients</em>}</li>
 * </ul>
 *
 * @see org.iotbench.clients.ClientsPackage#getClientRegistry()
 * @model
 * @generated
 */
public interface ClientRegistry extends EObject {
	/**
	 * Returns the value of the '<em><b>Clients</b></em>' containment reference list.
	 * The list contents are of type {@link org.iotbench.clients.RegisteredClient}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clients</em>' containment reference list.
	 * @see org.iotbench.clients.ClientsPackage#getClientRegistry_Clients()
	 * @model containment="true"
	 * @generated
	 */
	EList<RegisteredClient> getClients();

} // ClientRegistry
