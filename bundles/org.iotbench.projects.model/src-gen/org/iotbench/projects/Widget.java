/**
 */
package org.iotbench.projects;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Widget</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One widget of a dashboard: its kind, where it sits, the topic it is bound to and the settings of its kind.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.projects.Widget#getKind <em>Kind</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getTitle <em>Title</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getJsonPath <em>Json Path</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getColumn <em>Column</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getRow <em>Row</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getWidth <em>Width</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getHeight <em>Height</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getDecimals <em>Decimals</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getMin <em>Min</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getMax <em>Max</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getStep <em>Step</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getZones <em>Zones</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getPayload <em>Payload</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getOnPayload <em>On Payload</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getOffPayload <em>Off Payload</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getStatusTopic <em>Status Topic</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getChoices <em>Choices</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getQos <em>Qos</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#isRetain <em>Retain</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getStaleSeconds <em>Stale Seconds</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getWindowSeconds <em>Window Seconds</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#isWhileDragging <em>While Dragging</em>}</li>
 *   <li>{@link org.iotbench.projects.Widget#getSeries <em>Series</em>}</li>
 * </ul>
 *
 * @see org.iotbench.projects.ProjectsPackage#getWidget()
 * @model
 * @generated
 */
public interface Widget extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.iotbench.projects.WidgetKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the widget is: a display or a control.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.iotbench.projects.WidgetKind
	 * @see #setKind(WidgetKind)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_Kind()
	 * @model
	 * @generated
	 */
	WidgetKind getKind();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.iotbench.projects.WidgetKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(WidgetKind value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The title shown on the widget.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a display, the topic (or filter) whose payloads it shows; for a control, the topic it publishes to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Topic</em>' attribute.
	 * @see #setTopic(String)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_Topic()
	 * @model
	 * @generated
	 */
	String getTopic();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getTopic <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic</em>' attribute.
	 * @see #getTopic()
	 * @generated
	 */
	void setTopic(String value);

	/**
	 * Returns the value of the '<em><b>Json Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the value is in the decoded payload, such as $.env.temp; empty for the whole payload.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Json Path</em>' attribute.
	 * @see #setJsonPath(String)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_JsonPath()
	 * @model
	 * @generated
	 */
	String getJsonPath();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getJsonPath <em>Json Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Json Path</em>' attribute.
	 * @see #getJsonPath()
	 * @generated
	 */
	void setJsonPath(String value);

	/**
	 * Returns the value of the '<em><b>Column</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The grid column of the widget's left edge, from 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Column</em>' attribute.
	 * @see #setColumn(int)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_Column()
	 * @model default="0"
	 * @generated
	 */
	int getColumn();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getColumn <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' attribute.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(int value);

	/**
	 * Returns the value of the '<em><b>Row</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The grid row of the widget's top edge, from 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Row</em>' attribute.
	 * @see #setRow(int)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_Row()
	 * @model default="0"
	 * @generated
	 */
	int getRow();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getRow <em>Row</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Row</em>' attribute.
	 * @see #getRow()
	 * @generated
	 */
	void setRow(int value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many columns the widget spans.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_Width()
	 * @model default="3"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many rows the widget spans.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_Height()
	 * @model default="2"
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit shown after a value, such as °C.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Decimals</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many decimals a number is shown with; -1 for as received.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decimals</em>' attribute.
	 * @see #setDecimals(int)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_Decimals()
	 * @model default="-1"
	 * @generated
	 */
	int getDecimals();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getDecimals <em>Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decimals</em>' attribute.
	 * @see #getDecimals()
	 * @generated
	 */
	void setDecimals(int value);

	/**
	 * Returns the value of the '<em><b>Min</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lowest value of a gauge, a bar or a slider.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min</em>' attribute.
	 * @see #setMin(double)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_Min()
	 * @model default="0.0"
	 * @generated
	 */
	double getMin();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getMin <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min</em>' attribute.
	 * @see #getMin()
	 * @generated
	 */
	void setMin(double value);

	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * The default value is <code>"100.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The highest value of a gauge, a bar or a slider.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #setMax(double)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_Max()
	 * @model default="100.0"
	 * @generated
	 */
	double getMax();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #getMax()
	 * @generated
	 */
	void setMax(double value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step of a slider or a number input.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step</em>' attribute.
	 * @see #setStep(double)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_Step()
	 * @model default="1.0"
	 * @generated
	 */
	double getStep();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getStep <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' attribute.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(double value);

	/**
	 * Returns the value of the '<em><b>Zones</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The colours of a gauge by value, such as "30 #f9a825, 40 #c62828": from each value upwards.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Zones</em>' attribute.
	 * @see #setZones(String)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_Zones()
	 * @model
	 * @generated
	 */
	String getZones();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getZones <em>Zones</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zones</em>' attribute.
	 * @see #getZones()
	 * @generated
	 */
	void setZones(String value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When an indicator is on, such as "> 30", "== open" or empty for a true-like value (1, true, on).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>Payload</b></em>' attribute.
	 * The default value is <code>"${value}"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What a control publishes: a template in which ${value} stands for the value chosen (and ${r}, ${g}, ${b} for a colour).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Payload</em>' attribute.
	 * @see #setPayload(String)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_Payload()
	 * @model default="${value}"
	 * @generated
	 */
	String getPayload();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getPayload <em>Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Payload</em>' attribute.
	 * @see #getPayload()
	 * @generated
	 */
	void setPayload(String value);

	/**
	 * Returns the value of the '<em><b>On Payload</b></em>' attribute.
	 * The default value is <code>"on"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What a switch publishes to turn on, and the status that means on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>On Payload</em>' attribute.
	 * @see #setOnPayload(String)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_OnPayload()
	 * @model default="on"
	 * @generated
	 */
	String getOnPayload();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getOnPayload <em>On Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On Payload</em>' attribute.
	 * @see #getOnPayload()
	 * @generated
	 */
	void setOnPayload(String value);

	/**
	 * Returns the value of the '<em><b>Off Payload</b></em>' attribute.
	 * The default value is <code>"off"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What a switch publishes to turn off, and the status that means off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Off Payload</em>' attribute.
	 * @see #setOffPayload(String)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_OffPayload()
	 * @model default="off"
	 * @generated
	 */
	String getOffPayload();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getOffPayload <em>Off Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Off Payload</em>' attribute.
	 * @see #getOffPayload()
	 * @generated
	 */
	void setOffPayload(String value);

	/**
	 * Returns the value of the '<em><b>Status Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The topic a switch reads its state from; empty to show what it last sent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Topic</em>' attribute.
	 * @see #setStatusTopic(String)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_StatusTopic()
	 * @model
	 * @generated
	 */
	String getStatusTopic();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getStatusTopic <em>Status Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Topic</em>' attribute.
	 * @see #getStatusTopic()
	 * @generated
	 */
	void setStatusTopic(String value);

	/**
	 * Returns the value of the '<em><b>Choices</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The choices of a drop-down, such as "Low=1, Medium=2, High=3".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Choices</em>' attribute.
	 * @see #setChoices(String)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_Choices()
	 * @model
	 * @generated
	 */
	String getChoices();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getChoices <em>Choices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Choices</em>' attribute.
	 * @see #getChoices()
	 * @generated
	 */
	void setChoices(String value);

	/**
	 * Returns the value of the '<em><b>Qos</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The QoS a control publishes with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Qos</em>' attribute.
	 * @see #setQos(int)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_Qos()
	 * @model default="0"
	 * @generated
	 */
	int getQos();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getQos <em>Qos</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * Whether a control publishes retained messages.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retain</em>' attribute.
	 * @see #setRetain(boolean)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_Retain()
	 * @model default="false"
	 * @generated
	 */
	boolean isRetain();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#isRetain <em>Retain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retain</em>' attribute.
	 * @see #isRetain()
	 * @generated
	 */
	void setRetain(boolean value);

	/**
	 * Returns the value of the '<em><b>Stale Seconds</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After how many seconds without a message a display marks its value stale; 0 for never.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stale Seconds</em>' attribute.
	 * @see #setStaleSeconds(int)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_StaleSeconds()
	 * @model default="0"
	 * @generated
	 */
	int getStaleSeconds();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getStaleSeconds <em>Stale Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stale Seconds</em>' attribute.
	 * @see #getStaleSeconds()
	 * @generated
	 */
	void setStaleSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Window Seconds</b></em>' attribute.
	 * The default value is <code>"300"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many seconds a line chart shows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Window Seconds</em>' attribute.
	 * @see #setWindowSeconds(int)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_WindowSeconds()
	 * @model default="300"
	 * @generated
	 */
	int getWindowSeconds();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#getWindowSeconds <em>Window Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window Seconds</em>' attribute.
	 * @see #getWindowSeconds()
	 * @generated
	 */
	void setWindowSeconds(int value);

	/**
	 * Returns the value of the '<em><b>While Dragging</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a slider publishes while it is dragged (at most 5 times a second) rather than on release.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>While Dragging</em>' attribute.
	 * @see #setWhileDragging(boolean)
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_WhileDragging()
	 * @model default="false"
	 * @generated
	 */
	boolean isWhileDragging();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Widget#isWhileDragging <em>While Dragging</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>While Dragging</em>' attribute.
	 * @see #isWhileDragging()
	 * @generated
	 */
	void setWhileDragging(boolean value);

	/**
	 * Returns the value of the '<em><b>Series</b></em>' containment reference list.
	 * The list contents are of type {@link org.iotbench.projects.ChartSeries}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further lines of a line chart or bars of a bar chart, beside the widget's own topic.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Series</em>' containment reference list.
	 * @see org.iotbench.projects.ProjectsPackage#getWidget_Series()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChartSeries> getSeries();

} // Widget
