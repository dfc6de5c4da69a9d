/**
 */
package org.iotbench.bridges;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Topic Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Topics a bridge carries, as mosquitto's 'topic pattern direction qos local-prefix remote-prefix'.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.bridges.TopicRule#getPattern <em>Pattern</em>}</li>
 *   <li>{@link org.iotbench.bridges.TopicRule#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.iotbench.bridges.TopicRule#getQos <em>Qos</em>}</li>
 *   <li>{@link org.iotbench.bridges.TopicRule#getLocalPrefix <em>Local Prefix</em>}</li>
 *   <li>{@link org.iotbench.bridges.TopicRule#getRemotePrefix <em>Remote Prefix</em>}</li>
 * </ul>
 *
 * @see org.iotbench.bridges.BridgesPackage#getTopicRule()
 * @model
 * @generated
 */
public interface TopicRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A topic filter, below the prefixes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pattern</em>' attribute.
	 * @see #setPattern(String)
	 * @see org.iotbench.bridges.BridgesPackage#getTopicRule_Pattern()
	 * @model
	 * @generated
	 */
	String getPattern();

	/**
	 * Sets the value of the '{@link org.iotbench.bridges.TopicRule#getPattern <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pattern</em>' attribute.
	 * @see #getPattern()
	 * @generated
	 */
	void setPattern(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.iotbench.bridges.RuleDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.iotbench.bridges.RuleDirection
	 * @see #setDirection(RuleDirection)
	 * @see org.iotbench.bridges.BridgesPackage#getTopicRule_Direction()
	 * @model
	 * @generated
	 */
	RuleDirection getDirection();

	/**
	 * Sets the value of the '{@link org.iotbench.bridges.TopicRule#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.iotbench.bridges.RuleDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(RuleDirection value);

	/**
	 * Returns the value of the '<em><b>Qos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Qos</em>' attribute.
	 * @see #setQos(int)
	 * @see org.iotbench.bridges.BridgesPackage#getTopicRule_Qos()
	 * @model
	 * @generated
	 */
	int getQos();

	/**
	 * Sets the value of the '{@link org.iotbench.bridges.TopicRule#getQos <em>Qos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Qos</em>' attribute.
	 * @see #getQos()
	 * @generated
	 */
	void setQos(int value);

	/**
	 * Returns the value of the '<em><b>Local Prefix</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Put before the pattern on the local broker.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Local Prefix</em>' attribute.
	 * @see #setLocalPrefix(String)
	 * @see org.iotbench.bridges.BridgesPackage#getTopicRule_LocalPrefix()
	 * @model default=""
	 * @generated
	 */
	String getLocalPrefix();

	/**
	 * Sets the value of the '{@link org.iotbench.bridges.TopicRule#getLocalPrefix <em>Local Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Prefix</em>' attribute.
	 * @see #getLocalPrefix()
	 * @generated
	 */
	void setLocalPrefix(String value);

	/**
	 * Returns the value of the '<em><b>Remote Prefix</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Put before the pattern on the upstream broker.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remote Prefix</em>' attribute.
	 * @see #setRemotePrefix(String)
	 * @see org.iotbench.bridges.BridgesPackage#getTopicRule_RemotePrefix()
	 * @model default=""
	 * @generated
	 */
	String getRemotePrefix();

	/**
	 * Sets the value of the '{@link org.iotbench.bridges.TopicRule#getRemotePrefix <em>Remote Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Prefix</em>' attribute.
	 * @see #getRemotePrefix()
	 * @generated
	 */
	void setRemotePrefix(String value);

} // TopicRule
