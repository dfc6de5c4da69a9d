/**
 */
package org.iotbench.projects.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.iotbench.projects.ChartSeries;
import org.iotbench.projects.ProjectsPackage;
import org.iotbench.projects.Widget;
import org.iotbench.projects.WidgetKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Widget</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getJsonPath <em>Json Path</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getColumn <em>Column</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getRow <em>Row</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getHeight <em>Height</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getDecimals <em>Decimals</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getMin <em>Min</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getMax <em>Max</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getStep <em>Step</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getZones <em>Zones</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getPayload <em>Payload</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getOnPayload <em>On Payload</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getOffPayload <em>Off Payload</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getStatusTopic <em>Status Topic</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getChoices <em>Choices</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getQos <em>Qos</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#isRetain <em>Retain</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getStaleSeconds <em>Stale Seconds</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getWindowSeconds <em>Window Seconds</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#isWhileDragging <em>While Dragging</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.WidgetImpl#getSeries <em>Series</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WidgetImpl extends MinimalEObjectImpl.Container implements Widget {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final WidgetKind KIND_EDEFAULT = WidgetKind.VALUE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected WidgetKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

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
	 * The default value of the '{@link #getColumn() <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumn()
	 * @generated
	 * @ordered
	 */
	protected static final int COLUMN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getColumn() <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumn()
	 * @generated
	 * @ordered
	 */
	protected int column = COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getRow() <em>Row</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRow()
	 * @generated
	 * @ordered
	 */
	protected static final int ROW_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRow() <em>Row</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRow()
	 * @generated
	 * @ordered
	 */
	protected int row = ROW_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final int HEIGHT_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected int height = HEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecimals() <em>Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecimals()
	 * @generated
	 * @ordered
	 */
	protected static final int DECIMALS_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getDecimals() <em>Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecimals()
	 * @generated
	 * @ordered
	 */
	protected int decimals = DECIMALS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMin() <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMin()
	 * @generated
	 * @ordered
	 */
	protected static final double MIN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMin() <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMin()
	 * @generated
	 * @ordered
	 */
	protected double min = MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected static final double MAX_EDEFAULT = 100.0;

	/**
	 * The cached value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected double max = MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected static final double STEP_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected double step = STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #getZones() <em>Zones</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZones()
	 * @generated
	 * @ordered
	 */
	protected static final String ZONES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZones() <em>Zones</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZones()
	 * @generated
	 * @ordered
	 */
	protected String zones = ZONES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected String condition = CONDITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPayload() <em>Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayload()
	 * @generated
	 * @ordered
	 */
	protected static final String PAYLOAD_EDEFAULT = "${value}";

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
	 * The default value of the '{@link #getOnPayload() <em>On Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnPayload()
	 * @generated
	 * @ordered
	 */
	protected static final String ON_PAYLOAD_EDEFAULT = "on";

	/**
	 * The cached value of the '{@link #getOnPayload() <em>On Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnPayload()
	 * @generated
	 * @ordered
	 */
	protected String onPayload = ON_PAYLOAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffPayload() <em>Off Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffPayload()
	 * @generated
	 * @ordered
	 */
	protected static final String OFF_PAYLOAD_EDEFAULT = "off";

	/**
	 * The cached value of the '{@link #getOffPayload() <em>Off Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffPayload()
	 * @generated
	 * @ordered
	 */
	protected String offPayload = OFF_PAYLOAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusTopic() <em>Status Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusTopic()
	 * @generated
	 * @ordered
	 */
	protected static final String STATUS_TOPIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatusTopic() <em>Status Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusTopic()
	 * @generated
	 * @ordered
	 */
	protected String statusTopic = STATUS_TOPIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getChoices() <em>Choices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChoices()
	 * @generated
	 * @ordered
	 */
	protected static final String CHOICES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChoices() <em>Choices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChoices()
	 * @generated
	 * @ordered
	 */
	protected String choices = CHOICES_EDEFAULT;

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
	 * The default value of the '{@link #getStaleSeconds() <em>Stale Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaleSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int STALE_SECONDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStaleSeconds() <em>Stale Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaleSeconds()
	 * @generated
	 * @ordered
	 */
	protected int staleSeconds = STALE_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindowSeconds() <em>Window Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int WINDOW_SECONDS_EDEFAULT = 300;

	/**
	 * The cached value of the '{@link #getWindowSeconds() <em>Window Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowSeconds()
	 * @generated
	 * @ordered
	 */
	protected int windowSeconds = WINDOW_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #isWhileDragging() <em>While Dragging</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWhileDragging()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WHILE_DRAGGING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWhileDragging() <em>While Dragging</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWhileDragging()
	 * @generated
	 * @ordered
	 */
	protected boolean whileDragging = WHILE_DRAGGING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSeries() <em>Series</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeries()
	 * @generated
	 * @ordered
	 */
	protected EList<ChartSeries> series;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WidgetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProjectsPackage.Literals.WIDGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WidgetKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(WidgetKind newKind) {
		WidgetKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__TOPIC, oldTopic, topic));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__JSON_PATH, oldJsonPath, jsonPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getColumn() {
		return column;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumn(int newColumn) {
		int oldColumn = column;
		column = newColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__COLUMN, oldColumn, column));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRow() {
		return row;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRow(int newRow) {
		int oldRow = row;
		row = newRow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__ROW, oldRow, row));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth) {
		int oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeight() {
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(int newHeight) {
		int oldHeight = height;
		height = newHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDecimals() {
		return decimals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecimals(int newDecimals) {
		int oldDecimals = decimals;
		decimals = newDecimals;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__DECIMALS, oldDecimals, decimals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMin() {
		return min;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMin(double newMin) {
		double oldMin = min;
		min = newMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__MIN, oldMin, min));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMax() {
		return max;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMax(double newMax) {
		double oldMax = max;
		max = newMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__MAX, oldMax, max));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStep() {
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStep(double newStep) {
		double oldStep = step;
		step = newStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__STEP, oldStep, step));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getZones() {
		return zones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZones(String newZones) {
		String oldZones = zones;
		zones = newZones;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__ZONES, oldZones, zones));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCondition() {
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCondition(String newCondition) {
		String oldCondition = condition;
		condition = newCondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__CONDITION, oldCondition, condition));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__PAYLOAD, oldPayload, payload));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOnPayload() {
		return onPayload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnPayload(String newOnPayload) {
		String oldOnPayload = onPayload;
		onPayload = newOnPayload;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__ON_PAYLOAD, oldOnPayload, onPayload));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOffPayload() {
		return offPayload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffPayload(String newOffPayload) {
		String oldOffPayload = offPayload;
		offPayload = newOffPayload;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__OFF_PAYLOAD, oldOffPayload, offPayload));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatusTopic() {
		return statusTopic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusTopic(String newStatusTopic) {
		String oldStatusTopic = statusTopic;
		statusTopic = newStatusTopic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__STATUS_TOPIC, oldStatusTopic, statusTopic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChoices() {
		return choices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChoices(String newChoices) {
		String oldChoices = choices;
		choices = newChoices;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__CHOICES, oldChoices, choices));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__QOS, oldQos, qos));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__RETAIN, oldRetain, retain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStaleSeconds() {
		return staleSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStaleSeconds(int newStaleSeconds) {
		int oldStaleSeconds = staleSeconds;
		staleSeconds = newStaleSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__STALE_SECONDS, oldStaleSeconds, staleSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWindowSeconds() {
		return windowSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowSeconds(int newWindowSeconds) {
		int oldWindowSeconds = windowSeconds;
		windowSeconds = newWindowSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__WINDOW_SECONDS, oldWindowSeconds, windowSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWhileDragging() {
		return whileDragging;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhileDragging(boolean newWhileDragging) {
		boolean oldWhileDragging = whileDragging;
		whileDragging = newWhileDragging;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.WIDGET__WHILE_DRAGGING, oldWhileDragging, whileDragging));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChartSeries> getSeries() {
		if (series == null) {
			series = new EObjectContainmentEList<ChartSeries>(ChartSeries.class, this, ProjectsPackage.WIDGET__SERIES);
		}
		return series;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProjectsPackage.WIDGET__SERIES:
				return ((InternalEList<?>)getSeries()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProjectsPackage.WIDGET__KIND:
				return getKind();
			case ProjectsPackage.WIDGET__TITLE:
				return getTitle();
			case ProjectsPackage.WIDGET__TOPIC:
				return getTopic();
			case ProjectsPackage.WIDGET__JSON_PATH:
				return getJsonPath();
			case ProjectsPackage.WIDGET__COLUMN:
				return getColumn();
			case ProjectsPackage.WIDGET__ROW:
				return getRow();
			case ProjectsPackage.WIDGET__WIDTH:
				return getWidth();
			case ProjectsPackage.WIDGET__HEIGHT:
				return getHeight();
			case ProjectsPackage.WIDGET__UNIT:
				return getUnit();
			case ProjectsPackage.WIDGET__DECIMALS:
				return getDecimals();
			case ProjectsPackage.WIDGET__MIN:
				return getMin();
			case ProjectsPackage.WIDGET__MAX:
				return getMax();
			case ProjectsPackage.WIDGET__STEP:
				return getStep();
			case ProjectsPackage.WIDGET__ZONES:
				return getZones();
			case ProjectsPackage.WIDGET__CONDITION:
				return getCondition();
			case ProjectsPackage.WIDGET__PAYLOAD:
				return getPayload();
			case ProjectsPackage.WIDGET__ON_PAYLOAD:
				return getOnPayload();
			case ProjectsPackage.WIDGET__OFF_PAYLOAD:
				return getOffPayload();
			case ProjectsPackage.WIDGET__STATUS_TOPIC:
				return getStatusTopic();
			case ProjectsPackage.WIDGET__CHOICES:
				return getChoices();
			case ProjectsPackage.WIDGET__QOS:
				return getQos();
			case ProjectsPackage.WIDGET__RETAIN:
				return isRetain();
			case ProjectsPackage.WIDGET__STALE_SECONDS:
				return getStaleSeconds();
			case ProjectsPackage.WIDGET__WINDOW_SECONDS:
				return getWindowSeconds();
			case ProjectsPackage.WIDGET__WHILE_DRAGGING:
				return isWhileDragging();
			case ProjectsPackage.WIDGET__SERIES:
				return getSeries();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProjectsPackage.WIDGET__KIND:
				setKind((WidgetKind)newValue);
				return;
			case ProjectsPackage.WIDGET__TITLE:
				setTitle((String)newValue);
				return;
			case ProjectsPackage.WIDGET__TOPIC:
				setTopic((String)newValue);
				return;
			case ProjectsPackage.WIDGET__JSON_PATH:
				setJsonPath((String)newValue);
				return;
			case ProjectsPackage.WIDGET__COLUMN:
				setColumn((Integer)newValue);
				return;
			case ProjectsPackage.WIDGET__ROW:
				setRow((Integer)newValue);
				return;
			case ProjectsPackage.WIDGET__WIDTH:
				setWidth((Integer)newValue);
				return;
			case ProjectsPackage.WIDGET__HEIGHT:
				setHeight((Integer)newValue);
				return;
			case ProjectsPackage.WIDGET__UNIT:
				setUnit((String)newValue);
				return;
			case ProjectsPackage.WIDGET__DECIMALS:
				setDecimals((Integer)newValue);
				return;
			case ProjectsPackage.WIDGET__MIN:
				setMin((Double)newValue);
				return;
			case ProjectsPackage.WIDGET__MAX:
				setMax((Double)newValue);
				return;
			case ProjectsPackage.WIDGET__STEP:
				setStep((Double)newValue);
				return;
			case ProjectsPackage.WIDGET__ZONES:
				setZones((String)newValue);
				return;
			case ProjectsPackage.WIDGET__CONDITION:
				setCondition((String)newValue);
				return;
			case ProjectsPackage.WIDGET__PAYLOAD:
				setPayload((String)newValue);
				return;
			case ProjectsPackage.WIDGET__ON_PAYLOAD:
				setOnPayload((String)newValue);
				return;
			case ProjectsPackage.WIDGET__OFF_PAYLOAD:
				setOffPayload((String)newValue);
				return;
			case ProjectsPackage.WIDGET__STATUS_TOPIC:
				setStatusTopic((String)newValue);
				return;
			case ProjectsPackage.WIDGET__CHOICES:
				setChoices((String)newValue);
				return;
			case ProjectsPackage.WIDGET__QOS:
				setQos((Integer)newValue);
				return;
			case ProjectsPackage.WIDGET__RETAIN:
				setRetain((Boolean)newValue);
				return;
			case ProjectsPackage.WIDGET__STALE_SECONDS:
				setStaleSeconds((Integer)newValue);
				return;
			case ProjectsPackage.WIDGET__WINDOW_SECONDS:
				setWindowSeconds((Integer)newValue);
				return;
			case ProjectsPackage.WIDGET__WHILE_DRAGGING:
				setWhileDragging((Boolean)newValue);
				return;
			case ProjectsPackage.WIDGET__SERIES:
				getSeries().clear();
				getSeries().addAll((Collection<? extends ChartSeries>)newValue);
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
			case ProjectsPackage.WIDGET__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__TOPIC:
				setTopic(TOPIC_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__JSON_PATH:
				setJsonPath(JSON_PATH_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__COLUMN:
				setColumn(COLUMN_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__ROW:
				setRow(ROW_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__DECIMALS:
				setDecimals(DECIMALS_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__MIN:
				setMin(MIN_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__MAX:
				setMax(MAX_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__STEP:
				setStep(STEP_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__ZONES:
				setZones(ZONES_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__CONDITION:
				setCondition(CONDITION_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__PAYLOAD:
				setPayload(PAYLOAD_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__ON_PAYLOAD:
				setOnPayload(ON_PAYLOAD_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__OFF_PAYLOAD:
				setOffPayload(OFF_PAYLOAD_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__STATUS_TOPIC:
				setStatusTopic(STATUS_TOPIC_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__CHOICES:
				setChoices(CHOICES_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__QOS:
				setQos(QOS_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__RETAIN:
				setRetain(RETAIN_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__STALE_SECONDS:
				setStaleSeconds(STALE_SECONDS_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__WINDOW_SECONDS:
				setWindowSeconds(WINDOW_SECONDS_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__WHILE_DRAGGING:
				setWhileDragging(WHILE_DRAGGING_EDEFAULT);
				return;
			case ProjectsPackage.WIDGET__SERIES:
				getSeries().clear();
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
			case ProjectsPackage.WIDGET__KIND:
				return kind != KIND_EDEFAULT;
			case ProjectsPackage.WIDGET__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ProjectsPackage.WIDGET__TOPIC:
				return TOPIC_EDEFAULT == null ? topic != null : !TOPIC_EDEFAULT.equals(topic);
			case ProjectsPackage.WIDGET__JSON_PATH:
				return JSON_PATH_EDEFAULT == null ? jsonPath != null : !JSON_PATH_EDEFAULT.equals(jsonPath);
			case ProjectsPackage.WIDGET__COLUMN:
				return column != COLUMN_EDEFAULT;
			case ProjectsPackage.WIDGET__ROW:
				return row != ROW_EDEFAULT;
			case ProjectsPackage.WIDGET__WIDTH:
				return width != WIDTH_EDEFAULT;
			case ProjectsPackage.WIDGET__HEIGHT:
				return height != HEIGHT_EDEFAULT;
			case ProjectsPackage.WIDGET__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case ProjectsPackage.WIDGET__DECIMALS:
				return decimals != DECIMALS_EDEFAULT;
			case ProjectsPackage.WIDGET__MIN:
				return min != MIN_EDEFAULT;
			case ProjectsPackage.WIDGET__MAX:
				return max != MAX_EDEFAULT;
			case ProjectsPackage.WIDGET__STEP:
				return step != STEP_EDEFAULT;
			case ProjectsPackage.WIDGET__ZONES:
				return ZONES_EDEFAULT == null ? zones != null : !ZONES_EDEFAULT.equals(zones);
			case ProjectsPackage.WIDGET__CONDITION:
				return CONDITION_EDEFAULT == null ? condition != null : !CONDITION_EDEFAULT.equals(condition);
			case ProjectsPackage.WIDGET__PAYLOAD:
				return PAYLOAD_EDEFAULT == null ? payload != null : !PAYLOAD_EDEFAULT.equals(payload);
			case ProjectsPackage.WIDGET__ON_PAYLOAD:
				return ON_PAYLOAD_EDEFAULT == null ? onPayload != null : !ON_PAYLOAD_EDEFAULT.equals(onPayload);
			case ProjectsPackage.WIDGET__OFF_PAYLOAD:
				return OFF_PAYLOAD_EDEFAULT == null ? offPayload != null : !OFF_PAYLOAD_EDEFAULT.equals(offPayload);
			case ProjectsPackage.WIDGET__STATUS_TOPIC:
				return STATUS_TOPIC_EDEFAULT == null ? statusTopic != null : !STATUS_TOPIC_EDEFAULT.equals(statusTopic);
			case ProjectsPackage.WIDGET__CHOICES:
				return CHOICES_EDEFAULT == null ? choices != null : !CHOICES_EDEFAULT.equals(choices);
			case ProjectsPackage.WIDGET__QOS:
				return qos != QOS_EDEFAULT;
			case ProjectsPackage.WIDGET__RETAIN:
				return retain != RETAIN_EDEFAULT;
			case ProjectsPackage.WIDGET__STALE_SECONDS:
				return staleSeconds != STALE_SECONDS_EDEFAULT;
			case ProjectsPackage.WIDGET__WINDOW_SECONDS:
				return windowSeconds != WINDOW_SECONDS_EDEFAULT;
			case ProjectsPackage.WIDGET__WHILE_DRAGGING:
				return whileDragging != WHILE_DRAGGING_EDEFAULT;
			case ProjectsPackage.WIDGET__SERIES:
				return series != null && !series.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", title: ");
		result.append(title);
		result.append(", topic: ");
		result.append(topic);
		result.append(", jsonPath: ");
		result.append(jsonPath);
		result.append(", column: ");
		result.append(column);
		result.append(", row: ");
		result.append(row);
		result.append(", width: ");
		result.append(width);
		result.append(", height: ");
		result.append(height);
		result.append(", unit: ");
		result.append(unit);
		result.append(", decimals: ");
		result.append(decimals);
		result.append(", min: ");
		result.append(min);
		result.append(", max: ");
		result.append(max);
		result.append(", step: ");
		result.append(step);
		result.append(", zones: ");
		result.append(zones);
		result.append(", condition: ");
		result.append(condition);
		result.append(", payload: ");
		result.append(payload);
		result.append(", onPayload: ");
		result.append(onPayload);
		result.append(", offPayload: ");
		result.append(offPayload);
		result.append(", statusTopic: ");
		result.append(statusTopic);
		result.append(", choices: ");
		result.append(choices);
		result.append(", qos: ");
		result.append(qos);
		result.append(", retain: ");
		result.append(retain);
		result.append(", staleSeconds: ");
		result.append(staleSeconds);
		result.append(", windowSeconds: ");
		result.append(windowSeconds);
		result.append(", whileDragging: ");
		result.append(whileDragging);
		result.append(')');
		return result.toString();
	}

} //WidgetImpl
