/**
 */
package org.iotbench.projects.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.iotbench.projects.PayloadFormat;
import org.iotbench.projects.ProjectsPackage;
import org.iotbench.projects.PublishTemplate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Publish Template</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.projects.impl.PublishTemplateImpl#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.PublishTemplateImpl#getPayload <em>Payload</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.PublishTemplateImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.PublishTemplateImpl#getQos <em>Qos</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.PublishTemplateImpl#isRetain <em>Retain</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PublishTemplateImpl extends MinimalEObjectImpl.Container implements PublishTemplate {
	/**
	 * The default value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected static final String TOPIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected String topic = TOPIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getPayload() <em>Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayload()
	 * @generated
	 * @ordered
	 */
	protected static final String PAYLOAD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPayload() <em>Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayload()
	 * @generated
	 * @ordered
	 */
	protected String payload = PAYLOAD_EDEFAULT;

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
	 * The default value of the '{@link #getQos() <em>Qos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQos()
	 * @generated
	 * @ordered
	 */
	protected static final int QOS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getQos() <em>Qos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQos()
	 * @generated
	 * @ordered
	 */
	protected int qos = QOS_EDEFAULT;

	/**
	 * The default value of the '{@link #isRetain() <em>Retain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRetain()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RETAIN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRetain() <em>Retain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRetain()
	 * @generated
	 * @ordered
	 */
	protected boolean retain = RETAIN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PublishTemplateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProjectsPackage.Literals.PUBLISH_TEMPLATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTopic() {
		return topic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopic(String newTopic) {
		String oldTopic = topic;
		topic = newTopic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.PUBLISH_TEMPLATE__TOPIC, oldTopic, topic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPayload() {
		return payload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPayload(String newPayload) {
		String oldPayload = payload;
		payload = newPayload;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.PUBLISH_TEMPLATE__PAYLOAD, oldPayload, payload));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.PUBLISH_TEMPLATE__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQos() {
		return qos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQos(int newQos) {
		int oldQos = qos;
		qos = newQos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.PUBLISH_TEMPLATE__QOS, oldQos, qos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRetain() {
		return retain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetain(boolean newRetain) {
		boolean oldRetain = retain;
		retain = newRetain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.PUBLISH_TEMPLATE__RETAIN, oldRetain, retain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProjectsPackage.PUBLISH_TEMPLATE__TOPIC:
				return getTopic();
			case ProjectsPackage.PUBLISH_TEMPLATE__PAYLOAD:
				return getPayload();
			case ProjectsPackage.PUBLISH_TEMPLATE__FORMAT:
				return getFormat();
			case ProjectsPackage.PUBLISH_TEMPLATE__QOS:
				return getQos();
			case ProjectsPackage.PUBLISH_TEMPLATE__RETAIN:
				return isRetain();
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
			case ProjectsPackage.PUBLISH_TEMPLATE__TOPIC:
				setTopic((String)newValue);
				return;
			case ProjectsPackage.PUBLISH_TEMPLATE__PAYLOAD:
				setPayload((String)newValue);
				return;
			case ProjectsPackage.PUBLISH_TEMPLATE__FORMAT:
				setFormat((PayloadFormat)newValue);
				return;
			case ProjectsPackage.PUBLISH_TEMPLATE__QOS:
				setQos((Integer)newValue);
				return;
			case ProjectsPackage.PUBLISH_TEMPLATE__RETAIN:
				setRetain((Boolean)newValue);
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
			case ProjectsPackage.PUBLISH_TEMPLATE__TOPIC:
				setTopic(TOPIC_EDEFAULT);
				return;
			case ProjectsPackage.PUBLISH_TEMPLATE__PAYLOAD:
				setPayload(PAYLOAD_EDEFAULT);
				return;
			case ProjectsPackage.PUBLISH_TEMPLATE__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case ProjectsPackage.PUBLISH_TEMPLATE__QOS:
				setQos(QOS_EDEFAULT);
				return;
			case ProjectsPackage.PUBLISH_TEMPLATE__RETAIN:
				setRetain(RETAIN_EDEFAULT);
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
			case ProjectsPackage.PUBLISH_TEMPLATE__TOPIC:
				return TOPIC_EDEFAULT == null ? topic != null : !TOPIC_EDEFAULT.equals(topic);
			case ProjectsPackage.PUBLISH_TEMPLATE__PAYLOAD:
				return PAYLOAD_EDEFAULT == null ? payload != null : !PAYLOAD_EDEFAULT.equals(payload);
			case ProjectsPackage.PUBLISH_TEMPLATE__FORMAT:
				return format != FORMAT_EDEFAULT;
			case ProjectsPackage.PUBLISH_TEMPLATE__QOS:
				return qos != QOS_EDEFAULT;
			case ProjectsPackage.PUBLISH_TEMPLATE__RETAIN:
				return retain != RETAIN_EDEFAULT;
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
		result.append(" (topic: ");
		result.append(topic);
		result.append(", payload: ");
		result.append(payload);
		result.append(", format: ");
		result.append(format);
		result.append(", qos: ");
		result.append(qos);
		result.append(", retain: ");
		result.append(retain);
		result.append(')');
		return result.toString();
	}

} //PublishTemplateImpl
