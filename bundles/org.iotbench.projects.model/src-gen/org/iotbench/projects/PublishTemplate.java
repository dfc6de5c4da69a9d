/**
 */
package org.iotbench.projects;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Publish Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A message published from the project, kept so that it can be published again.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.projects.PublishTemplate#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.iotbench.projects.PublishTemplate#getPayload <em>Payload</em>}</li>
 *   <li>{@link org.iotbench.projects.PublishTemplate#getFormat <em>Format</em>}</li>
 *   <li>{@link org.iotbench.projects.PublishTemplate#getQos <em>Qos</em>}</li>
 *   <li>{@link org.iotbench.projects.PublishTemplate#isRetain <em>Retain</em>}</li>
 * </ul>
 *
 * @see org.iotbench.projects.ProjectsPackage#getPublishTemplate()
 * @model
 * @generated
 */
public interface PublishTemplate extends EObject {
	/**
	 * Returns the value of the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topic</em>' attribute.
	 * @see #setTopic(String)
	 * @see org.iotbench.projects.ProjectsPackage#getPublishTemplate_Topic()
	 * @model
	 * @generated
	 */
	String getTopic();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.PublishTemplate#getTopic <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic</em>' attribute.
	 * @see #getTopic()
	 * @generated
	 */
	void setTopic(String value);

	/**
	 * Returns the value of the '<em><b>Payload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The payload as text, written in the given format.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Payload</em>' attribute.
	 * @see #setPayload(String)
	 * @see org.iotbench.projects.ProjectsPackage#getPublishTemplate_Payload()
	 * @model
	 * @generated
	 */
	String getPayload();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.PublishTemplate#getPayload <em>Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Payload</em>' attribute.
	 * @see #getPayload()
	 * @generated
	 */
	void setPayload(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The default value is <code>"TEXT"</code>.
	 * The literals are from the enumeration {@link org.iotbench.projects.PayloadFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.iotbench.projects.PayloadFormat
	 * @see #setFormat(PayloadFormat)
	 * @see org.iotbench.projects.ProjectsPackage#getPublishTemplate_Format()
	 * @model default="TEXT"
	 * @generated
	 */
	PayloadFormat getFormat();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.PublishTemplate#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.iotbench.projects.PayloadFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(PayloadFormat value);

	/**
	 * Returns the value of the '<em><b>Qos</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Qos</em>' attribute.
	 * @see #setQos(int)
	 * @see org.iotbench.projects.ProjectsPackage#getPublishTemplate_Qos()
	 * @model default="0"
	 * @generated
	 */
	int getQos();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.PublishTemplate#getQos <em>Qos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Qos</em>' attribute.
	 * @see #getQos()
	 * @generated
	 */
	void setQos(int value);

	/**
	 * Returns the value of the '<em><b>Retain</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retain</em>' attribute.
	 * @see #setRetain(boolean)
	 * @see org.iotbench.projects.ProjectsPackage#getPublishTemplate_Retain()
	 * @model default="false"
	 * @generated
	 */
	boolean isRetain();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.PublishTemplate#isRetain <em>Retain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retain</em>' attribute.
	 * @see #isRetain()
	 * @generated
	 */
	void setRetain(boolean value);

} // PublishTemplate
