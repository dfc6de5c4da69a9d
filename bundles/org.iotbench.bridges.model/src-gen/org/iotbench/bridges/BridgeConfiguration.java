/**
 */
package org.iotbench.bridges;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bridge Configuration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root: the bridges of the local broker.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.bridges.BridgeConfiguration#getBridges <em>Bridges</em>}</li>
 * </ul>
 *
 * @see org.iotbench.bridges.BridgesPackage#getBridgeConfiguration()
 * @model
 * @generated
 */
public interface BridgeConfiguration extends EObject {
	/**
	 * Returns the value of the '<em><b>Bridges</b></em>' containment reference list.
	 * The list contents are of type {@link org.iotbench.bridges.Bridge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bridges</em>' containment reference list.
	 * @see org.iotbench.bridges.BridgesPackage#getBridgeConfiguration_Bridges()
	 * @model containment="true"
	 * @generated
	 */
	EList<Bridge> getBridges();

} // BridgeConfiguration
