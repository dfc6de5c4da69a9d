/**
 */
package org.iotbench.projects.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.iotbench.projects.ProjectsPackage;
import org.iotbench.projects.Subscription;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Subscription</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.projects.impl.SubscriptionImpl#getTopicFilter <em>Topic Filter</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.SubscriptionImpl#getQos <em>Qos</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.SubscriptionImpl#getColor <em>Color</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.SubscriptionImpl#getAlias <em>Alias</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.SubscriptionImpl#isMuted <em>Muted</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubscriptionImpl extends MinimalEObjectImpl.Container implements Subscription {
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
	 * The default value of the '{@link #getColor() <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColor()
	 * @generated
	 * @ordered
	 */
	protected static final String COLOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColor() <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColor()
	 * @generated
	 * @ordered
	 */
	protected String color = COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getAlias() <em>Alias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlias()
	 * @generated
	 * @ordered
	 */
	protected static final String ALIAS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAlias() <em>Alias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlias()
	 * @generated
	 * @ordered
	 */
	protected String alias = ALIAS_EDEFAULT;

	/**
	 * The default value of the '{@link #isMuted() <em>Muted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMuted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MUTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMuted() <em>Muted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMuted()
	 * @generated
	 * @ordered
	 */
	protected boolean muted = MUTED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubscriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProjectsPackage.Literals.SUBSCRIPTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.SUBSCRIPTION__TOPIC_FILTER, oldTopicFilter, topicFilter));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.SUBSCRIPTION__QOS, oldQos, qos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColor() {
		return color;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColor(String newColor) {
		String oldColor = color;
		color = newColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.SUBSCRIPTION__COLOR, oldColor, color));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAlias() {
		return alias;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlias(String newAlias) {
		String oldAlias = alias;
		alias = newAlias;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.SUBSCRIPTION__ALIAS, oldAlias, alias));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMuted() {
		return muted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMuted(boolean newMuted) {
		boolean oldMuted = muted;
		muted = newMuted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.SUBSCRIPTION__MUTED, oldMuted, muted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProjectsPackage.SUBSCRIPTION__TOPIC_FILTER:
				return getTopicFilter();
			case ProjectsPackage.SUBSCRIPTION__QOS:
				return getQos();
			case ProjectsPackage.SUBSCRIPTION__COLOR:
				return getColor();
			case ProjectsPackage.SUBSCRIPTION__ALIAS:
				return getAlias();
			case ProjectsPackage.SUBSCRIPTION__MUTED:
				return isMuted();
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
			case ProjectsPackage.SUBSCRIPTION__TOPIC_FILTER:
				setTopicFilter((String)newValue);
				return;
			case ProjectsPackage.SUBSCRIPTION__QOS:
				setQos((Integer)newValue);
				return;
			case ProjectsPackage.SUBSCRIPTION__COLOR:
				setColor((String)newValue);
				return;
			case ProjectsPackage.SUBSCRIPTION__ALIAS:
				setAlias((String)newValue);
				return;
			case ProjectsPackage.SUBSCRIPTION__MUTED:
				setMuted((Boolean)newValue);
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
			case ProjectsPackage.SUBSCRIPTION__TOPIC_FILTER:
				setTopicFilter(TOPIC_FILTER_EDEFAULT);
				return;
			case ProjectsPackage.SUBSCRIPTION__QOS:
				setQos(QOS_EDEFAULT);
				return;
			case ProjectsPackage.SUBSCRIPTION__COLOR:
				setColor(COLOR_EDEFAULT);
				return;
			case ProjectsPackage.SUBSCRIPTION__ALIAS:
				setAlias(ALIAS_EDEFAULT);
				return;
			case ProjectsPackage.SUBSCRIPTION__MUTED:
				setMuted(MUTED_EDEFAULT);
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
			case ProjectsPackage.SUBSCRIPTION__TOPIC_FILTER:
				return TOPIC_FILTER_EDEFAULT == null ? topicFilter != null : !TOPIC_FILTER_EDEFAULT.equals(topicFilter);
			case ProjectsPackage.SUBSCRIPTION__QOS:
				return qos != QOS_EDEFAULT;
			case ProjectsPackage.SUBSCRIPTION__COLOR:
				return COLOR_EDEFAULT == null ? color != null : !COLOR_EDEFAULT.equals(color);
			case ProjectsPackage.SUBSCRIPTION__ALIAS:
				return ALIAS_EDEFAULT == null ? alias != null : !ALIAS_EDEFAULT.equals(alias);
			case ProjectsPackage.SUBSCRIPTION__MUTED:
				return muted != MUTED_EDEFAULT;
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
		result.append(", qos: ");
		result.append(qos);
		result.append(", color: ");
		result.append(color);
		result.append(", alias: ");
		result.append(alias);
		result.append(", muted: ");
		result.append(muted);
		result.append(')');
		return result.toString();
	}

} //SubscriptionImpl
