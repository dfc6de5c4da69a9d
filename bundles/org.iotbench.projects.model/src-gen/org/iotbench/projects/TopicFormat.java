/**
 */
package org.iotbench.projects;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Topic Format</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The declared format of the payloads of the topics a filter matches, so that the workbench does not guess.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.projects.TopicFormat#getTopicFilter <em>Topic Filter</em>}</li>
 *   <li>{@link org.iotbench.projects.TopicFormat#getFormat <em>Format</em>}</li>
 *   <li>{@link org.iotbench.projects.TopicFormat#getDescriptorFile <em>Descriptor File</em>}</li>
 *   <li>{@link org.iotbench.projects.TopicFormat#getMessageType <em>Message Type</em>}</li>
 * </ul>
 *
 * @see org.iotbench.projects.ProjectsPackage#getTopicFormat()
 * @model
 * @generated
 */
public interface TopicFormat extends EObject {
	/**
	 * Returns the value of the '<em><b>Topic Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The MQTT topic filter, which may hold the wildcards + and #.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Topic Filter</em>' attribute.
	 * @see #setTopicFilter(String)
	 * @see org.iotbench.projects.ProjectsPackage#getTopicFormat_TopicFilter()
	 * @model
	 * @generated
	 */
	String getTopicFilter();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.TopicFormat#getTopicFilter <em>Topic Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic Filter</em>' attribute.
	 * @see #getTopicFilter()
	 * @generated
	 */
	void setTopicFilter(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link org.iotbench.projects.PayloadFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the payloads are encoded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.iotbench.projects.PayloadFormat
	 * @see #setFormat(PayloadFormat)
	 * @see org.iotbench.projects.ProjectsPackage#getTopicFormat_Format()
	 * @model
	 * @generated
	 */
	PayloadFormat getFormat();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.TopicFormat#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.iotbench.projects.PayloadFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(PayloadFormat value);

	/**
	 * Returns the value of the '<em><b>Descriptor File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For Protobuf: the descriptor set file made with protoc --include_imports --descriptor_set_out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Descriptor File</em>' attribute.
	 * @see #setDescriptorFile(String)
	 * @see org.iotbench.projects.ProjectsPackage#getTopicFormat_DescriptorFile()
	 * @model
	 * @generated
	 */
	String getDescriptorFile();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.TopicFormat#getDescriptorFile <em>Descriptor File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Descriptor File</em>' attribute.
	 * @see #getDescriptorFile()
	 * @generated
	 */
	void setDescriptorFile(String value);

	/**
	 * Returns the value of the '<em><b>Message Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For Protobuf: the message type, full or simple name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message Type</em>' attribute.
	 * @see #setMessageType(String)
	 * @see org.iotbench.projects.ProjectsPackage#getTopicFormat_MessageType()
	 * @model
	 * @generated
	 */
	String getMessageType();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.TopicFormat#getMessageType <em>Message Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message Type</em>' attribute.
	 * @see #getMessageType()
	 * @generated
	 */
	void setMessageType(String value);

} // TopicFormat
