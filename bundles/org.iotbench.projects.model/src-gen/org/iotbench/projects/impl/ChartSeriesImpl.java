/**
 */
package org.iotbench.projects.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.iotbench.projects.ChartSeries;
import org.iotbench.projects.ProjectsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Chart Series</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.projects.impl.ChartSeriesImpl#getTopicFilter <em>Topic Filter</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.ChartSeriesImpl#getJsonPath <em>Json Path</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.ChartSeriesImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.ChartSeriesImpl#getColor <em>Color</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChartSeriesImpl extends MinimalEObjectImpl.Container implements ChartSeries {
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
	 * The default value of the '{@link #getJsonPath() <em>Json Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJsonPath()
	 * @generated
	 * @ordered
	 */
	protected static final String JSON_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJsonPath() <em>Json Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJsonPath()
	 * @generated
	 * @ordered
	 */
	protected String jsonPath = JSON_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChartSeriesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProjectsPackage.Literals.CHART_SERIES;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.CHART_SERIES__TOPIC_FILTER, oldTopicFilter, topicFilter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJsonPath() {
		return jsonPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJsonPath(String newJsonPath) {
		String oldJsonPath = jsonPath;
		jsonPath = newJsonPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.CHART_SERIES__JSON_PATH, oldJsonPath, jsonPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.CHART_SERIES__LABEL, oldLabel, label));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.CHART_SERIES__COLOR, oldColor, color));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProjectsPackage.CHART_SERIES__TOPIC_FILTER:
				return getTopicFilter();
			case ProjectsPackage.CHART_SERIES__JSON_PATH:
				return getJsonPath();
			case ProjectsPackage.CHART_SERIES__LABEL:
				return getLabel();
			case ProjectsPackage.CHART_SERIES__COLOR:
				return getColor();
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
			case ProjectsPackage.CHART_SERIES__TOPIC_FILTER:
				setTopicFilter((String)newValue);
				return;
			case ProjectsPackage.CHART_SERIES__JSON_PATH:
				setJsonPath((String)newValue);
				return;
			case ProjectsPackage.CHART_SERIES__LABEL:
				setLabel((String)newValue);
				return;
			case ProjectsPackage.CHART_SERIES__COLOR:
				setColor((String)newValue);
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
			case ProjectsPackage.CHART_SERIES__TOPIC_FILTER:
				setTopicFilter(TOPIC_FILTER_EDEFAULT);
				return;
			case ProjectsPackage.CHART_SERIES__JSON_PATH:
				setJsonPath(JSON_PATH_EDEFAULT);
				return;
			case ProjectsPackage.CHART_SERIES__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case ProjectsPackage.CHART_SERIES__COLOR:
				setColor(COLOR_EDEFAULT);
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
			case ProjectsPackage.CHART_SERIES__TOPIC_FILTER:
				return TOPIC_FILTER_EDEFAULT == null ? topicFilter != null : !TOPIC_FILTER_EDEFAULT.equals(topicFilter);
			case ProjectsPackage.CHART_SERIES__JSON_PATH:
				return JSON_PATH_EDEFAULT == null ? jsonPath != null : !JSON_PATH_EDEFAULT.equals(jsonPath);
			case ProjectsPackage.CHART_SERIES__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case ProjectsPackage.CHART_SERIES__COLOR:
				return COLOR_EDEFAULT == null ? color != null : !COLOR_EDEFAULT.equals(color);
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
		result.append(", jsonPath: ");
		result.append(jsonPath);
		result.append(", label: ");
		result.append(label);
		result.append(", color: ");
		result.append(color);
		result.append(')');
		return result.toString();
	}

} //ChartSeriesImpl
