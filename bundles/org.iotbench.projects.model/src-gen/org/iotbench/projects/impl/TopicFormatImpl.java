/**
 */
package org.iotbench.projects.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.iotbench.projects.PayloadFormat;
import org.iotbench.projects.ProjectsPackage;
import org.iotbench.projects.TopicFormat;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Topic Format</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.projects.impl.TopicFormatImpl#getTopicFilter <em>Topic Filter</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.TopicFormatImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.TopicFormatImpl#getDescriptorFile <em>Descriptor File</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.TopicFormatImpl#getMessageType <em>Message Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TopicFormatImpl extends MinimalEObjectImpl.Container implements TopicFormat {
	/**
	 * The default value of the '{@link #getTopicFilter() <em>Topic Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopicFilter()
	 * @generated
	 * @ordered
	 */
	protected static final String TOPIC_FILTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTopicFilter() <em>Topic Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopicFilter()
	 * @generated
	 * @ordered
	 */
	protected String topicFilter = TOPIC_FILTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final PayloadFormat FORMAT_EDEFAULT = PayloadFormat.TEXT;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected PayloadFormat format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescriptorFile() <em>Descriptor File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptorFile()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTOR_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescriptorFile() <em>Descriptor File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptorFile()
	 * @generated
	 * @ordered
	 */
	protected String descriptorFile = DESCRIPTOR_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessageType() <em>Message Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageType()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessageType() <em>Message Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageType()
	 * @generated
	 * @ordered
	 */
	protected String messageType = MESSAGE_TYPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TopicFormatImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProjectsPackage.Literals.TOPIC_FORMAT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTopicFilter() {
		return topicFilter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopicFilter(String newTopicFilter) {
		String oldTopicFilter = topicFilter;
		topicFilter = newTopicFilter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.TOPIC_FORMAT__TOPIC_FILTER, oldTopicFilter, topicFilter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PayloadFormat getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(PayloadFormat newFormat) {
		PayloadFormat oldFormat = format;
		format = newFormat == null ? FORMAT_EDEFAULT : newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.TOPIC_FORMAT__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescriptorFile() {
		return descriptorFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescriptorFile(String newDescriptorFile) {
		String oldDescriptorFile = descriptorFile;
		descriptorFile = newDescriptorFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.TOPIC_FORMAT__DESCRIPTOR_FILE, oldDescriptorFile, descriptorFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessageType() {
		return messageType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessageType(String newMessageType) {
		String oldMessageType = messageType;
		messageType = newMessageType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.TOPIC_FORMAT__MESSAGE_TYPE, oldMessageType, messageType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProjectsPackage.TOPIC_FORMAT__TOPIC_FILTER:
				return getTopicFilter();
			case ProjectsPackage.TOPIC_FORMAT__FORMAT:
				return getFormat();
			case ProjectsPackage.TOPIC_FORMAT__DESCRIPTOR_FILE:
				return getDescriptorFile();
			case ProjectsPackage.TOPIC_FORMAT__MESSAGE_TYPE:
				return getMessageType();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProjectsPackage.TOPIC_FORMAT__TOPIC_FILTER:
				setTopicFilter((String)newValue);
				return;
			case ProjectsPackage.TOPIC_FORMAT__FORMAT:
				setFormat((PayloadFormat)newValue);
				return;
			case ProjectsPackage.TOPIC_FORMAT__DESCRIPTOR_FILE:
				setDescriptorFile((String)newValue);
				return;
			case ProjectsPackage.TOPIC_FORMAT__MESSAGE_TYPE:
				setMessageType((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ProjectsPackage.TOPIC_FORMAT__TOPIC_FILTER:
				setTopicFilter(TOPIC_FILTER_EDEFAULT);
				return;
			case ProjectsPackage.TOPIC_FORMAT__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case ProjectsPackage.TOPIC_FORMAT__DESCRIPTOR_FILE:
				setDescriptorFile(DESCRIPTOR_FILE_EDEFAULT);
				return;
			case ProjectsPackage.TOPIC_FORMAT__MESSAGE_TYPE:
				setMessageType(MESSAGE_TYPE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ProjectsPackage.TOPIC_FORMAT__TOPIC_FILTER:
				return TOPIC_FILTER_EDEFAULT == null ? topicFilter != null : !TOPIC_FILTER_EDEFAULT.equals(topicFilter);
			case ProjectsPackage.TOPIC_FORMAT__FORMAT:
				return format != FORMAT_EDEFAULT;
			case ProjectsPackage.TOPIC_FORMAT__DESCRIPTOR_FILE:
				return DESCRIPTOR_FILE_EDEFAULT == null ? descriptorFile != null : !DESCRIPTOR_FILE_EDEFAULT.equals(descriptorFile);
			case ProjectsPackage.TOPIC_FORMAT__MESSAGE_TYPE:
				return MESSAGE_TYPE_EDEFAULT == null ? messageType != null : !MESSAGE_TYPE_EDEFAULT.equals(messageType);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (topicFilter: ");
		result.append(topicFilter);
		result.append(", format: ");
		result.append(format);
		result.append(", descriptorFile: ");
		result.append(descriptorFile);
		result.append(", messageType: ");
		result.append(messageType);
		result.append(')');
		return result.toString();
	}

} //TopicFormatImpl
