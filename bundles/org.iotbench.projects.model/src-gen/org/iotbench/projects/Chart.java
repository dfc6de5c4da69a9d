/**
 */
package org.iotbench.projects;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Chart</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A chart of numbers taken from payloads, over a window of time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.projects.Chart#getName <em>Name</em>}</li>
 *   <li>{@link org.iotbench.projects.Chart#getWindowSeconds <em>Window Seconds</em>}</li>
 *   <li>{@link org.iotbench.projects.Chart#getSeries <em>Series</em>}</li>
 * </ul>
 *
 * @see org.iotbench.projects.ProjectsPackage#getChart()
 * @model
 * @generated
 */
public interface Chart extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The chart's title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.iotbench.projects.ProjectsPackage#getChart_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Chart#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Window Seconds</b></em>' attribute.
	 * The default value is <code>"300"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many seconds of time the chart shows while it follows the newest values.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Window Seconds</em>' attribute.
	 * @see #setWindowSeconds(int)
	 * @see org.iotbench.projects.ProjectsPackage#getChart_WindowSeconds()
	 * @model default="300"
	 * @generated
	 */
	int getWindowSeconds();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Chart#getWindowSeconds <em>Window Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window Seconds</em>' attribute.
	 * @see #getWindowSeconds()
	 * @generated
	 */
	void setWindowSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Series</b></em>' containment reference list.
	 * The list contents are of type {@link org.iotbench.projects.ChartSeries}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Series</em>' containment reference list.
	 * @see org.iotbench.projects.ProjectsPackage#getChart_Series()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChartSeries> getSeries();

} // Chart
