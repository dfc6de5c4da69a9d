/**
 */
package org.iotbench.bridges.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.iotbench.bridges.BridgesPackage;
import org.iotbench.bridges.RuleDirection;
import org.iotbench.bridges.TopicRule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Topic Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.bridges.impl.TopicRuleImpl#getPattern <em>Pattern</em>}</li>
 *   <li>{@link org.iotbench.bridges.impl.TopicRuleImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.iotbench.bridges.impl.TopicRuleImpl#getQos <em>Qos</em>}</li>
 *   <li>{@link org.iotbench.bridges.impl.TopicRuleImpl#getLocalPrefix <em>Local Prefix</em>}</li>
 *   <li>{@link org.iotbench.bridges.impl.TopicRuleImpl#getRemotePrefix <em>Remote Prefix</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TopicRuleImpl extends MinimalEObjectImpl.Container implements TopicRule {
	/**
	 * The default value of the '{@link #getPattern() <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPattern()
	 * @generated
	 * @ordered
	 */
	protected static final String PATTERN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPattern() <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPattern()
	 * @generated
	 * @ordered
	 */
	protected String pattern = PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final RuleDirection DIRECTION_EDEFAULT = RuleDirection.OUT;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected RuleDirection direction = DIRECTION_EDEFAULT;

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
	 * The default value of the '{@link #getLocalPrefix() <em>Local Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalPrefix()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCAL_PREFIX_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getLocalPrefix() <em>Local Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalPrefix()
	 * @generated
	 * @ordered
	 */
	protected String localPrefix = LOCAL_PREFIX_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemotePrefix() <em>Remote Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemotePrefix()
	 * @generated
	 * @ordered
	 */
	protected static final String REMOTE_PREFIX_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getRemotePrefix() <em>Remote Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemotePrefix()
	 * @generated
	 * @ordered
	 */
	protected String remotePrefix = REMOTE_PREFIX_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TopicRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BridgesPackage.Literals.TOPIC_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPattern() {
		return pattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPattern(String newPattern) {
		String oldPattern = pattern;
		pattern = newPattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BridgesPackage.TOPIC_RULE__PATTERN, oldPattern, pattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(RuleDirection newDirection) {
		RuleDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BridgesPackage.TOPIC_RULE__DIRECTION, oldDirection, direction));
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
			eNotify(new ENotificationImpl(this, Notification.SET, BridgesPackage.TOPIC_RULE__QOS, oldQos, qos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocalPrefix() {
		return localPrefix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalPrefix(String newLocalPrefix) {
		String oldLocalPrefix = localPrefix;
		localPrefix = newLocalPrefix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BridgesPackage.TOPIC_RULE__LOCAL_PREFIX, oldLocalPrefix, localPrefix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemotePrefix() {
		return remotePrefix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemotePrefix(String newRemotePrefix) {
		String oldRemotePrefix = remotePrefix;
		remotePrefix = newRemotePrefix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BridgesPackage.TOPIC_RULE__REMOTE_PREFIX, oldRemotePrefix, remotePrefix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case BridgesPackage.TOPIC_RULE__PATTERN:
				return getPattern();
			case BridgesPackage.TOPIC_RULE__DIRECTION:
				return getDirection();
			case BridgesPackage.TOPIC_RULE__QOS:
				return getQos();
			case BridgesPackage.TOPIC_RULE__LOCAL_PREFIX:
				return getLocalPrefix();
			case BridgesPackage.TOPIC_RULE__REMOTE_PREFIX:
				return getRemotePrefix();
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
			case BridgesPackage.TOPIC_RULE__PATTERN:
				setPattern((String)newValue);
				return;
			case BridgesPackage.TOPIC_RULE__DIRECTION:
				setDirection((RuleDirection)newValue);
				return;
			case BridgesPackage.TOPIC_RULE__QOS:
				setQos((Integer)newValue);
				return;
			case BridgesPackage.TOPIC_RULE__LOCAL_PREFIX:
				setLocalPrefix((String)newValue);
				return;
			case BridgesPackage.TOPIC_RULE__REMOTE_PREFIX:
				setRemotePrefix((String)newValue);
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
			case BridgesPackage.TOPIC_RULE__PATTERN:
				setPattern(PATTERN_EDEFAULT);
				return;
			case BridgesPackage.TOPIC_RULE__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case BridgesPackage.TOPIC_RULE__QOS:
				setQos(QOS_EDEFAULT);
				return;
			case BridgesPackage.TOPIC_RULE__LOCAL_PREFIX:
				setLocalPrefix(LOCAL_PREFIX_EDEFAULT);
				return;
			case BridgesPackage.TOPIC_RULE__REMOTE_PREFIX:
				setRemotePrefix(REMOTE_PREFIX_EDEFAULT);
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
			case BridgesPackage.TOPIC_RULE__PATTERN:
				return PATTERN_EDEFAULT == null ? pattern != null : !PATTERN_EDEFAULT.equals(pattern);
			case BridgesPackage.TOPIC_RULE__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case BridgesPackage.TOPIC_RULE__QOS:
				return qos != QOS_EDEFAULT;
			case BridgesPackage.TOPIC_RULE__LOCAL_PREFIX:
				return LOCAL_PREFIX_EDEFAULT == null ? localPrefix != null : !LOCAL_PREFIX_EDEFAULT.equals(localPrefix);
			case BridgesPackage.TOPIC_RULE__REMOTE_PREFIX:
				return REMOTE_PREFIX_EDEFAULT == null ? remotePrefix != null : !REMOTE_PREFIX_EDEFAULT.equals(remotePrefix);
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
		result.append(" (pattern: ");
		result.append(pattern);
		result.append(", direction: ");
		result.append(direction);
		result.append(", qos: ");
		result.append(qos);
		result.append(", localPrefix: ");
		result.append(localPrefix);
		result.append(", remotePrefix: ");
		result.append(remotePrefix);
		result.append(')');
		return result.toString();
	}

} //TopicRuleImpl
