/**
 */
package org.iotbench.projects;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subscription</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A topic filter the project subscribes to, and how its messages are shown.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.projects.Subscription#getTopicFilter <em>Topic Filter</em>}</li>
 *   <li>{@link org.iotbench.projects.Subscription#getQos <em>Qos</em>}</li>
 *   <li>{@link org.iotbench.projects.Subscription#getColor <em>Color</em>}</li>
 *   <li>{@link org.iotbench.projects.Subscription#getAlias <em>Alias</em>}</li>
 *   <li>{@link org.iotbench.projects.Subscription#isMuted <em>Muted</em>}</li>
 * </ul>
 *
 * @see org.iotbench.projects.ProjectsPackage#getSubscription()
 * @model
 * @generated
 */
public interface Subscription extends EObject {
	/**
	 * Returns the value of the '<em><b>Topic Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The MQTT topic filter, which may hold the wildcards + and #.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Topic Filter</em>' attribute.
	 * @see #setTopicFilter(String)
	 * @see org.iotbench.projects.ProjectsPackage#getSubscription_TopicFilter()
	 * @model
	 * @generated
	 */
	String getTopicFilter();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Subscription#getTopicFilter <em>Topic Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic Filter</em>' attribute.
	 * @see #getTopicFilter()
	 * @generated
	 */
	void setTopicFilter(String value);

	/**
	 * Returns the value of the '<em><b>Qos</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The maximum QoS requested for the subscription: 0, 1 or 2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Qos</em>' attribute.
	 * @see #setQos(int)
	 * @see org.iotbench.projects.ProjectsPackage#getSubscription_Qos()
	 * @model default="0"
	 * @generated
	 */
	int getQos();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Subscription#getQos <em>Qos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Qos</em>' attribute.
	 * @see #getQos()
	 * @generated
	 */
	void setQos(int value);

	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The colour that marks the subscription's messages, as hex "#RRGGBB".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.iotbench.projects.ProjectsPackage#getSubscription_Color()
	 * @model
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Subscription#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

	/**
	 * Returns the value of the '<em><b>Alias</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An optional short name for the subscription.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alias</em>' attribute.
	 * @see #setAlias(String)
	 * @see org.iotbench.projects.ProjectsPackage#getSubscription_Alias()
	 * @model
	 * @generated
	 */
	String getAlias();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Subscription#getAlias <em>Alias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alias</em>' attribute.
	 * @see #getAlias()
	 * @generated
	 */
	void setAlias(String value);

	/**
	 * Returns the value of the '<em><b>Muted</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the subscription's messages are muted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Muted</em>' attribute.
	 * @see #setMuted(boolean)
	 * @see org.iotbench.projects.ProjectsPackage#getSubscription_Muted()
	 * @model default="false"
	 * @generated
	 */
	boolean isMuted();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Subscription#isMuted <em>Muted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Muted</em>' attribute.
	 * @see #isMuted()
	 * @generated
	 */
	void setMuted(boolean value);

} // Subscription
