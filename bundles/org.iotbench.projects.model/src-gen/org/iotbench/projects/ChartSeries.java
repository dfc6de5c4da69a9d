/**
 */
package org.iotbench.projects;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Chart Series</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One line of a chart: the number found at a JSON path in the payloads of a topic.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.projects.ChartSeries#getTopicFilter <em>Topic Filter</em>}</li>
 *   <li>{@link org.iotbench.projects.ChartSeries#getJsonPath <em>Json Path</em>}</li>
 *   <li>{@link org.iotbench.projects.ChartSeries#getLabel <em>Label</em>}</li>
 *   <li>{@link org.iotbench.projects.ChartSeries#getColor <em>Color</em>}</li>
 * </ul>
 *
 * @see org.iotbench.projects.ProjectsPackage#getChartSeries()
 * @model
 * @generated
 */
public interface ChartSeries extends EObject {
	/**
	 * Returns the value of the '<em><b>Topic Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The topic whose payloads feed the line; a filter with wildcards feeds it from every matching topic.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Topic Filter</em>' attribute.
	 * @see #setTopicFilter(String)
	 * @see org.iotbench.projects.ProjectsPackage#getChartSeries_TopicFilter()
	 * @model
	 * @generated
	 */
	String getTopicFilter();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.ChartSeries#getTopicFilter <em>Topic Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic Filter</em>' attribute.
	 * @see #getTopicFilter()
	 * @generated
	 */
	void setTopicFilter(String value);

	/**
	 * Returns the value of the '<em><b>Json Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the number is in the decoded payload, such as $.env.temp; $ or empty for a payload that is the number itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Json Path</em>' attribute.
	 * @see #setJsonPath(String)
	 * @see org.iotbench.projects.ProjectsPackage#getChartSeries_JsonPath()
	 * @model
	 * @generated
	 */
	String getJsonPath();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.ChartSeries#getJsonPath <em>Json Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Json Path</em>' attribute.
	 * @see #getJsonPath()
	 * @generated
	 */
	void setJsonPath(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the line in the legend; empty for the topic and path.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.iotbench.projects.ProjectsPackage#getChartSeries_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.ChartSeries#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The colour of the line, as hex "#RRGGBB"; empty for the next colour of the palette.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.iotbench.projects.ProjectsPackage#getChartSeries_Color()
	 * @model
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.ChartSeries#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

} // ChartSeries
