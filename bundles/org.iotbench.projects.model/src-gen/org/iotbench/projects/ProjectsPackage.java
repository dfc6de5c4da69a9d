/**
 */
package org.iotbench.projects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The projects of the workbench, each opened as an editor: a local project on the embedded broker or a remote project connected to another MQTT broker.
 * <!-- end-model-doc -->
 * @see org.iotbench.projects.ProjectsFactory
 * @model kind="package"
 * @generated
 */
public interface ProjectsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "projects";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://iotbench.org/projects/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "projects";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ProjectsPackage eINSTANCE = org.iotbench.projects.impl.ProjectsPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.iotbench.projects.impl.ProjectRegistryImpl <em>Project Registry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.projects.impl.ProjectRegistryImpl
	 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getProjectRegistry()
	 * @generated
	 */
	int PROJECT_REGISTRY = 0;

	/**
	 * The feature id for the '<em><b>Projects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_REGISTRY__PROJECTS = 0;

	/**
	 * The number of structural features of the '<em>Project Registry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_REGISTRY_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Project Registry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_REGISTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.iotbench.projects.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.projects.impl.ProjectImpl
	 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ID = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__KIND = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Subscriptions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SUBSCRIPTIONS = 4;

	/**
	 * The feature id for the '<em><b>Publish History</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PUBLISH_HISTORY = 5;

	/**
	 * The feature id for the '<em><b>Connection</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CONNECTION = 6;

	/**
	 * The feature id for the '<em><b>Message Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__MESSAGE_CAPACITY = 7;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CREATED = 8;

	/**
	 * The feature id for the '<em><b>History Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__HISTORY_LIMIT = 9;

	/**
	 * The feature id for the '<em><b>Payload Formats</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PAYLOAD_FORMATS = 10;

	/**
	 * The feature id for the '<em><b>Charts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CHARTS = 11;

	/**
	 * The feature id for the '<em><b>Saved Messages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SAVED_MESSAGES = 12;

	/**
	 * The feature id for the '<em><b>Dashboards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DASHBOARDS = 13;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.iotbench.projects.impl.SubscriptionImpl <em>Subscription</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.projects.impl.SubscriptionImpl
	 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getSubscription()
	 * @generated
	 */
	int SUBSCRIPTION = 3;

	/**
	 * The meta object id for the '{@link org.iotbench.projects.impl.PublishTemplateImpl <em>Publish Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.projects.impl.PublishTemplateImpl
	 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getPublishTemplate()
	 * @generated
	 */
	int PUBLISH_TEMPLATE = 4;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISH_TEMPLATE__TOPIC = 0;

	/**
	 * The feature id for the '<em><b>Payload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISH_TEMPLATE__PAYLOAD = 1;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISH_TEMPLATE__FORMAT = 2;

	/**
	 * The feature id for the '<em><b>Qos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISH_TEMPLATE__QOS = 3;

	/**
	 * The feature id for the '<em><b>Retain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISH_TEMPLATE__RETAIN = 4;

	/**
	 * The number of structural features of the '<em>Publish Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISH_TEMPLATE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Publish Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISH_TEMPLATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.iotbench.projects.impl.SavedMessageImpl <em>Saved Message</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.projects.impl.SavedMessageImpl
	 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getSavedMessage()
	 * @generated
	 */
	int SAVED_MESSAGE = 2;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_MESSAGE__TOPIC = PUBLISH_TEMPLATE__TOPIC;

	/**
	 * The feature id for the '<em><b>Payload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_MESSAGE__PAYLOAD = PUBLISH_TEMPLATE__PAYLOAD;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_MESSAGE__FORMAT = PUBLISH_TEMPLATE__FORMAT;

	/**
	 * The feature id for the '<em><b>Qos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_MESSAGE__QOS = PUBLISH_TEMPLATE__QOS;

	/**
	 * The feature id for the '<em><b>Retain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_MESSAGE__RETAIN = PUBLISH_TEMPLATE__RETAIN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_MESSAGE__NAME = PUBLISH_TEMPLATE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_MESSAGE__GROUP = PUBLISH_TEMPLATE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Saved Message</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_MESSAGE_FEATURE_COUNT = PUBLISH_TEMPLATE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Saved Message</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_MESSAGE_OPERATION_COUNT = PUBLISH_TEMPLATE_OPERATION_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Topic Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCRIPTION__TOPIC_FILTER = 0;

	/**
	 * The feature id for the '<em><b>Qos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCRIPTION__QOS = 1;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCRIPTION__COLOR = 2;

	/**
	 * The feature id for the '<em><b>Alias</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCRIPTION__ALIAS = 3;

	/**
	 * The feature id for the '<em><b>Muted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCRIPTION__MUTED = 4;

	/**
	 * The number of structural features of the '<em>Subscription</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCRIPTION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Subscription</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSCRIPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.iotbench.projects.impl.RemoteConnectionImpl <em>Remote Connection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.projects.impl.RemoteConnectionImpl
	 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getRemoteConnection()
	 * @generated
	 */
	int REMOTE_CONNECTION = 5;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__HOST = 0;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__PORT = 1;

	/**
	 * The feature id for the '<em><b>Transport</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__TRANSPORT = 2;

	/**
	 * The feature id for the '<em><b>Websocket Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__WEBSOCKET_PATH = 3;

	/**
	 * The feature id for the '<em><b>Mqtt Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__MQTT_VERSION = 4;

	/**
	 * The feature id for the '<em><b>Client Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__CLIENT_ID = 5;

	/**
	 * The feature id for the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__USERNAME = 6;

	/**
	 * The feature id for the '<em><b>Keep Alive Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__KEEP_ALIVE_SECONDS = 7;

	/**
	 * The feature id for the '<em><b>Clean Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__CLEAN_START = 8;

	/**
	 * The feature id for the '<em><b>Session Expiry Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__SESSION_EXPIRY_SECONDS = 9;

	/**
	 * The feature id for the '<em><b>Auto Reconnect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__AUTO_RECONNECT = 10;

	/**
	 * The feature id for the '<em><b>Connect Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__CONNECT_TIMEOUT_SECONDS = 11;

	/**
	 * The feature id for the '<em><b>Will Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__WILL_TOPIC = 12;

	/**
	 * The feature id for the '<em><b>Will Payload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__WILL_PAYLOAD = 13;

	/**
	 * The feature id for the '<em><b>Will Qos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__WILL_QOS = 14;

	/**
	 * The feature id for the '<em><b>Will Retain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__WILL_RETAIN = 15;

	/**
	 * The feature id for the '<em><b>Tls Trust</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__TLS_TRUST = 16;

	/**
	 * The feature id for the '<em><b>Ca File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__CA_FILE = 17;

	/**
	 * The feature id for the '<em><b>Client Certificate File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__CLIENT_CERTIFICATE_FILE = 18;

	/**
	 * The feature id for the '<em><b>Client Key File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION__CLIENT_KEY_FILE = 19;

	/**
	 * The number of structural features of the '<em>Remote Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION_FEATURE_COUNT = 20;

	/**
	 * The number of operations of the '<em>Remote Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOTE_CONNECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.iotbench.projects.impl.TopicFormatImpl <em>Topic Format</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.projects.impl.TopicFormatImpl
	 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getTopicFormat()
	 * @generated
	 */
	int TOPIC_FORMAT = 6;

	/**
	 * The feature id for the '<em><b>Topic Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_FORMAT__TOPIC_FILTER = 0;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_FORMAT__FORMAT = 1;

	/**
	 * The feature id for the '<em><b>Descriptor File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_FORMAT__DESCRIPTOR_FILE = 2;

	/**
	 * The feature id for the '<em><b>Message Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_FORMAT__MESSAGE_TYPE = 3;

	/**
	 * The number of structural features of the '<em>Topic Format</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_FORMAT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Topic Format</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_FORMAT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.iotbench.projects.impl.ChartImpl <em>Chart</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.projects.impl.ChartImpl
	 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getChart()
	 * @generated
	 */
	int CHART = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART__NAME = 0;

	/**
	 * The feature id for the '<em><b>Window Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART__WINDOW_SECONDS = 1;

	/**
	 * The feature id for the '<em><b>Series</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART__SERIES = 2;

	/**
	 * The number of structural features of the '<em>Chart</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Chart</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.iotbench.projects.impl.ChartSeriesImpl <em>Chart Series</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.projects.impl.ChartSeriesImpl
	 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getChartSeries()
	 * @generated
	 */
	int CHART_SERIES = 8;

	/**
	 * The feature id for the '<em><b>Topic Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SERIES__TOPIC_FILTER = 0;

	/**
	 * The feature id for the '<em><b>Json Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SERIES__JSON_PATH = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SERIES__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SERIES__COLOR = 3;

	/**
	 * The number of structural features of the '<em>Chart Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SERIES_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Chart Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_SERIES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.iotbench.projects.impl.DashboardImpl <em>Dashboard</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.projects.impl.DashboardImpl
	 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getDashboard()
	 * @generated
	 */
	int DASHBOARD = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD__NAME = 0;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD__COLUMNS = 1;

	/**
	 * The feature id for the '<em><b>Locked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD__LOCKED = 2;

	/**
	 * The feature id for the '<em><b>Widgets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD__WIDGETS = 3;

	/**
	 * The number of structural features of the '<em>Dashboard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Dashboard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.iotbench.projects.impl.WidgetImpl <em>Widget</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.projects.impl.WidgetImpl
	 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getWidget()
	 * @generated
	 */
	int WIDGET = 10;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__KIND = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__TOPIC = 2;

	/**
	 * The feature id for the '<em><b>Json Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__JSON_PATH = 3;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__COLUMN = 4;

	/**
	 * The feature id for the '<em><b>Row</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__ROW = 5;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__WIDTH = 6;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__HEIGHT = 7;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__UNIT = 8;

	/**
	 * The feature id for the '<em><b>Decimals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__DECIMALS = 9;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__MIN = 10;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__MAX = 11;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__STEP = 12;

	/**
	 * The feature id for the '<em><b>Zones</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__ZONES = 13;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__CONDITION = 14;

	/**
	 * The feature id for the '<em><b>Payload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__PAYLOAD = 15;

	/**
	 * The feature id for the '<em><b>On Payload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__ON_PAYLOAD = 16;

	/**
	 * The feature id for the '<em><b>Off Payload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__OFF_PAYLOAD = 17;

	/**
	 * The feature id for the '<em><b>Status Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__STATUS_TOPIC = 18;

	/**
	 * The feature id for the '<em><b>Choices</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__CHOICES = 19;

	/**
	 * The feature id for the '<em><b>Qos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__QOS = 20;

	/**
	 * The feature id for the '<em><b>Retain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__RETAIN = 21;

	/**
	 * The feature id for the '<em><b>Stale Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__STALE_SECONDS = 22;

	/**
	 * The feature id for the '<em><b>Window Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__WINDOW_SECONDS = 23;

	/**
	 * The feature id for the '<em><b>While Dragging</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__WHILE_DRAGGING = 24;

	/**
	 * The feature id for the '<em><b>Series</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET__SERIES = 25;

	/**
	 * The number of structural features of the '<em>Widget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET_FEATURE_COUNT = 26;

	/**
	 * The number of operations of the '<em>Widget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIDGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.iotbench.projects.WidgetKind <em>Widget Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.projects.WidgetKind
	 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getWidgetKind()
	 * @generated
	 */
	int WIDGET_KIND = 11;

	/**
	 * The meta object id for the '{@link org.iotbench.projects.ProjectKind <em>Project Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.projects.ProjectKind
	 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getProjectKind()
	 * @generated
	 */
	int PROJECT_KIND = 12;

	/**
	 * The meta object id for the '{@link org.iotbench.projects.Transport <em>Transport</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.projects.Transport
	 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getTransport()
	 * @generated
	 */
	int TRANSPORT = 13;

	/**
	 * The meta object id for the '{@link org.iotbench.projects.MqttVersion <em>Mqtt Version</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.projects.MqttVersion
	 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getMqttVersion()
	 * @generated
	 */
	int MQTT_VERSION = 14;

	/**
	 * The meta object id for the '{@link org.iotbench.projects.TlsTrust <em>Tls Trust</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.projects.TlsTrust
	 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getTlsTrust()
	 * @generated
	 */
	int TLS_TRUST = 15;

	/**
	 * The meta object id for the '{@link org.iotbench.projects.PayloadFormat <em>Payload Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.projects.PayloadFormat
	 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getPayloadFormat()
	 * @generated
	 */
	int PAYLOAD_FORMAT = 16;


	/**
	 * Returns the meta object for class '{@link org.iotbench.projects.ProjectRegistry <em>Project Registry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project Registry</em>'.
	 * @see org.iotbench.projects.ProjectRegistry
	 * @generated
	 */
	EClass getProjectRegistry();

	/**
	 * Returns the meta object for the containment reference list '{@link org.iotbench.projects.ProjectRegistry#getProjects <em>Projects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Projects</em>'.
	 * @see org.iotbench.projects.ProjectRegistry#getProjects()
	 * @see #getProjectRegistry()
	 * @generated
	 */
	EReference getProjectRegistry_Projects();

	/**
	 * Returns the meta object for class '{@link org.iotbench.projects.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see org.iotbench.projects.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Project#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.iotbench.projects.Project#getName()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Project#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.iotbench.projects.Project#getId()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Project#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.iotbench.projects.Project#getKind()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Project#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.iotbench.projects.Project#getDescription()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.iotbench.projects.Project#getSubscriptions <em>Subscriptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subscriptions</em>'.
	 * @see org.iotbench.projects.Project#getSubscriptions()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Subscriptions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.iotbench.projects.Project#getPublishHistory <em>Publish History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Publish History</em>'.
	 * @see org.iotbench.projects.Project#getPublishHistory()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_PublishHistory();

	/**
	 * Returns the meta object for the containment reference '{@link org.iotbench.projects.Project#getConnection <em>Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Connection</em>'.
	 * @see org.iotbench.projects.Project#getConnection()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Connection();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Project#getMessageCapacity <em>Message Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message Capacity</em>'.
	 * @see org.iotbench.projects.Project#getMessageCapacity()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_MessageCapacity();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Project#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.iotbench.projects.Project#getCreated()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Project#getHistoryLimit <em>History Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>History Limit</em>'.
	 * @see org.iotbench.projects.Project#getHistoryLimit()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_HistoryLimit();

	/**
	 * Returns the meta object for the containment reference list '{@link org.iotbench.projects.Project#getPayloadFormats <em>Payload Formats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Payload Formats</em>'.
	 * @see org.iotbench.projects.Project#getPayloadFormats()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_PayloadFormats();

	/**
	 * Returns the meta object for the containment reference list '{@link org.iotbench.projects.Project#getCharts <em>Charts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Charts</em>'.
	 * @see org.iotbench.projects.Project#getCharts()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Charts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.iotbench.projects.Project#getSavedMessages <em>Saved Messages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Saved Messages</em>'.
	 * @see org.iotbench.projects.Project#getSavedMessages()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_SavedMessages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.iotbench.projects.Project#getDashboards <em>Dashboards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dashboards</em>'.
	 * @see org.iotbench.projects.Project#getDashboards()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Dashboards();

	/**
	 * Returns the meta object for class '{@link org.iotbench.projects.SavedMessage <em>Saved Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Saved Message</em>'.
	 * @see org.iotbench.projects.SavedMessage
	 * @generated
	 */
	EClass getSavedMessage();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.SavedMessage#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.iotbench.projects.SavedMessage#getName()
	 * @see #getSavedMessage()
	 * @generated
	 */
	EAttribute getSavedMessage_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.SavedMessage#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.iotbench.projects.SavedMessage#getGroup()
	 * @see #getSavedMessage()
	 * @generated
	 */
	EAttribute getSavedMessage_Group();

	/**
	 * Returns the meta object for class '{@link org.iotbench.projects.Subscription <em>Subscription</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subscription</em>'.
	 * @see org.iotbench.projects.Subscription
	 * @generated
	 */
	EClass getSubscription();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Subscription#getTopicFilter <em>Topic Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic Filter</em>'.
	 * @see org.iotbench.projects.Subscription#getTopicFilter()
	 * @see #getSubscription()
	 * @generated
	 */
	EAttribute getSubscription_TopicFilter();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Subscription#getQos <em>Qos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qos</em>'.
	 * @see org.iotbench.projects.Subscription#getQos()
	 * @see #getSubscription()
	 * @generated
	 */
	EAttribute getSubscription_Qos();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Subscription#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.iotbench.projects.Subscription#getColor()
	 * @see #getSubscription()
	 * @generated
	 */
	EAttribute getSubscription_Color();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Subscription#getAlias <em>Alias</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alias</em>'.
	 * @see org.iotbench.projects.Subscription#getAlias()
	 * @see #getSubscription()
	 * @generated
	 */
	EAttribute getSubscription_Alias();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Subscription#isMuted <em>Muted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Muted</em>'.
	 * @see org.iotbench.projects.Subscription#isMuted()
	 * @see #getSubscription()
	 * @generated
	 */
	EAttribute getSubscription_Muted();

	/**
	 * Returns the meta object for class '{@link org.iotbench.projects.PublishTemplate <em>Publish Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Publish Template</em>'.
	 * @see org.iotbench.projects.PublishTemplate
	 * @generated
	 */
	EClass getPublishTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.PublishTemplate#getTopic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic</em>'.
	 * @see org.iotbench.projects.PublishTemplate#getTopic()
	 * @see #getPublishTemplate()
	 * @generated
	 */
	EAttribute getPublishTemplate_Topic();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.PublishTemplate#getPayload <em>Payload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Payload</em>'.
	 * @see org.iotbench.projects.PublishTemplate#getPayload()
	 * @see #getPublishTemplate()
	 * @generated
	 */
	EAttribute getPublishTemplate_Payload();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.PublishTemplate#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.iotbench.projects.PublishTemplate#getFormat()
	 * @see #getPublishTemplate()
	 * @generated
	 */
	EAttribute getPublishTemplate_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.PublishTemplate#getQos <em>Qos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qos</em>'.
	 * @see org.iotbench.projects.PublishTemplate#getQos()
	 * @see #getPublishTemplate()
	 * @generated
	 */
	EAttribute getPublishTemplate_Qos();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.PublishTemplate#isRetain <em>Retain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retain</em>'.
	 * @see org.iotbench.projects.PublishTemplate#isRetain()
	 * @see #getPublishTemplate()
	 * @generated
	 */
	EAttribute getPublishTemplate_Retain();

	/**
	 * Returns the meta object for class '{@link org.iotbench.projects.RemoteConnection <em>Remote Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Remote Connection</em>'.
	 * @see org.iotbench.projects.RemoteConnection
	 * @generated
	 */
	EClass getRemoteConnection();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see org.iotbench.projects.RemoteConnection#getHost()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_Host();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.iotbench.projects.RemoteConnection#getPort()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_Port();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#getTransport <em>Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transport</em>'.
	 * @see org.iotbench.projects.RemoteConnection#getTransport()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_Transport();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#getWebsocketPath <em>Websocket Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Websocket Path</em>'.
	 * @see org.iotbench.projects.RemoteConnection#getWebsocketPath()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_WebsocketPath();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#getMqttVersion <em>Mqtt Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mqtt Version</em>'.
	 * @see org.iotbench.projects.RemoteConnection#getMqttVersion()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_MqttVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#getClientId <em>Client Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Id</em>'.
	 * @see org.iotbench.projects.RemoteConnection#getClientId()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_ClientId();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#getUsername <em>Username</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Username</em>'.
	 * @see org.iotbench.projects.RemoteConnection#getUsername()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_Username();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#getKeepAliveSeconds <em>Keep Alive Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Keep Alive Seconds</em>'.
	 * @see org.iotbench.projects.RemoteConnection#getKeepAliveSeconds()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_KeepAliveSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#isCleanStart <em>Clean Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clean Start</em>'.
	 * @see org.iotbench.projects.RemoteConnection#isCleanStart()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_CleanStart();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#getSessionExpirySeconds <em>Session Expiry Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session Expiry Seconds</em>'.
	 * @see org.iotbench.projects.RemoteConnection#getSessionExpirySeconds()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_SessionExpirySeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#isAutoReconnect <em>Auto Reconnect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Auto Reconnect</em>'.
	 * @see org.iotbench.projects.RemoteConnection#isAutoReconnect()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_AutoReconnect();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#getConnectTimeoutSeconds <em>Connect Timeout Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connect Timeout Seconds</em>'.
	 * @see org.iotbench.projects.RemoteConnection#getConnectTimeoutSeconds()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_ConnectTimeoutSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#getWillTopic <em>Will Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Will Topic</em>'.
	 * @see org.iotbench.projects.RemoteConnection#getWillTopic()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_WillTopic();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#getWillPayload <em>Will Payload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Will Payload</em>'.
	 * @see org.iotbench.projects.RemoteConnection#getWillPayload()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_WillPayload();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#getWillQos <em>Will Qos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Will Qos</em>'.
	 * @see org.iotbench.projects.RemoteConnection#getWillQos()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_WillQos();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#isWillRetain <em>Will Retain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Will Retain</em>'.
	 * @see org.iotbench.projects.RemoteConnection#isWillRetain()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_WillRetain();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#getTlsTrust <em>Tls Trust</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tls Trust</em>'.
	 * @see org.iotbench.projects.RemoteConnection#getTlsTrust()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_TlsTrust();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#getCaFile <em>Ca File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ca File</em>'.
	 * @see org.iotbench.projects.RemoteConnection#getCaFile()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_CaFile();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#getClientCertificateFile <em>Client Certificate File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Certificate File</em>'.
	 * @see org.iotbench.projects.RemoteConnection#getClientCertificateFile()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_ClientCertificateFile();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.RemoteConnection#getClientKeyFile <em>Client Key File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Key File</em>'.
	 * @see org.iotbench.projects.RemoteConnection#getClientKeyFile()
	 * @see #getRemoteConnection()
	 * @generated
	 */
	EAttribute getRemoteConnection_ClientKeyFile();

	/**
	 * Returns the meta object for class '{@link org.iotbench.projects.TopicFormat <em>Topic Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Topic Format</em>'.
	 * @see org.iotbench.projects.TopicFormat
	 * @generated
	 */
	EClass getTopicFormat();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.TopicFormat#getTopicFilter <em>Topic Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic Filter</em>'.
	 * @see org.iotbench.projects.TopicFormat#getTopicFilter()
	 * @see #getTopicFormat()
	 * @generated
	 */
	EAttribute getTopicFormat_TopicFilter();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.TopicFormat#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.iotbench.projects.TopicFormat#getFormat()
	 * @see #getTopicFormat()
	 * @generated
	 */
	EAttribute getTopicFormat_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.TopicFormat#getDescriptorFile <em>Descriptor File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Descriptor File</em>'.
	 * @see org.iotbench.projects.TopicFormat#getDescriptorFile()
	 * @see #getTopicFormat()
	 * @generated
	 */
	EAttribute getTopicFormat_DescriptorFile();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.TopicFormat#getMessageType <em>Message Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message Type</em>'.
	 * @see org.iotbench.projects.TopicFormat#getMessageType()
	 * @see #getTopicFormat()
	 * @generated
	 */
	EAttribute getTopicFormat_MessageType();

	/**
	 * Returns the meta object for class '{@link org.iotbench.projects.Chart <em>Chart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Chart</em>'.
	 * @see org.iotbench.projects.Chart
	 * @generated
	 */
	EClass getChart();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Chart#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.iotbench.projects.Chart#getName()
	 * @see #getChart()
	 * @generated
	 */
	EAttribute getChart_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Chart#getWindowSeconds <em>Window Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window Seconds</em>'.
	 * @see org.iotbench.projects.Chart#getWindowSeconds()
	 * @see #getChart()
	 * @generated
	 */
	EAttribute getChart_WindowSeconds();

	/**
	 * Returns the meta object for the containment reference list '{@link org.iotbench.projects.Chart#getSeries <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Series</em>'.
	 * @see org.iotbench.projects.Chart#getSeries()
	 * @see #getChart()
	 * @generated
	 */
	EReference getChart_Series();

	/**
	 * Returns the meta object for class '{@link org.iotbench.projects.ChartSeries <em>Chart Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Chart Series</em>'.
	 * @see org.iotbench.projects.ChartSeries
	 * @generated
	 */
	EClass getChartSeries();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.ChartSeries#getTopicFilter <em>Topic Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic Filter</em>'.
	 * @see org.iotbench.projects.ChartSeries#getTopicFilter()
	 * @see #getChartSeries()
	 * @generated
	 */
	EAttribute getChartSeries_TopicFilter();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.ChartSeries#getJsonPath <em>Json Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Json Path</em>'.
	 * @see org.iotbench.projects.ChartSeries#getJsonPath()
	 * @see #getChartSeries()
	 * @generated
	 */
	EAttribute getChartSeries_JsonPath();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.ChartSeries#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.iotbench.projects.ChartSeries#getLabel()
	 * @see #getChartSeries()
	 * @generated
	 */
	EAttribute getChartSeries_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.ChartSeries#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.iotbench.projects.ChartSeries#getColor()
	 * @see #getChartSeries()
	 * @generated
	 */
	EAttribute getChartSeries_Color();

	/**
	 * Returns the meta object for class '{@link org.iotbench.projects.Dashboard <em>Dashboard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dashboard</em>'.
	 * @see org.iotbench.projects.Dashboard
	 * @generated
	 */
	EClass getDashboard();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Dashboard#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.iotbench.projects.Dashboard#getName()
	 * @see #getDashboard()
	 * @generated
	 */
	EAttribute getDashboard_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Dashboard#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Columns</em>'.
	 * @see org.iotbench.projects.Dashboard#getColumns()
	 * @see #getDashboard()
	 * @generated
	 */
	EAttribute getDashboard_Columns();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Dashboard#isLocked <em>Locked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locked</em>'.
	 * @see org.iotbench.projects.Dashboard#isLocked()
	 * @see #getDashboard()
	 * @generated
	 */
	EAttribute getDashboard_Locked();

	/**
	 * Returns the meta object for the containment reference list '{@link org.iotbench.projects.Dashboard#getWidgets <em>Widgets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Widgets</em>'.
	 * @see org.iotbench.projects.Dashboard#getWidgets()
	 * @see #getDashboard()
	 * @generated
	 */
	EReference getDashboard_Widgets();

	/**
	 * Returns the meta object for class '{@link org.iotbench.projects.Widget <em>Widget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Widget</em>'.
	 * @see org.iotbench.projects.Widget
	 * @generated
	 */
	EClass getWidget();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.iotbench.projects.Widget#getKind()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.iotbench.projects.Widget#getTitle()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getTopic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic</em>'.
	 * @see org.iotbench.projects.Widget#getTopic()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_Topic();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getJsonPath <em>Json Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Json Path</em>'.
	 * @see org.iotbench.projects.Widget#getJsonPath()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_JsonPath();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.iotbench.projects.Widget#getColumn()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_Column();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getRow <em>Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Row</em>'.
	 * @see org.iotbench.projects.Widget#getRow()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_Row();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.iotbench.projects.Widget#getWidth()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.iotbench.projects.Widget#getHeight()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.iotbench.projects.Widget#getUnit()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getDecimals <em>Decimals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decimals</em>'.
	 * @see org.iotbench.projects.Widget#getDecimals()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_Decimals();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see org.iotbench.projects.Widget#getMin()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_Min();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.iotbench.projects.Widget#getMax()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_Max();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.iotbench.projects.Widget#getStep()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_Step();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getZones <em>Zones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zones</em>'.
	 * @see org.iotbench.projects.Widget#getZones()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_Zones();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.iotbench.projects.Widget#getCondition()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_Condition();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getPayload <em>Payload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Payload</em>'.
	 * @see org.iotbench.projects.Widget#getPayload()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_Payload();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getOnPayload <em>On Payload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>On Payload</em>'.
	 * @see org.iotbench.projects.Widget#getOnPayload()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_OnPayload();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getOffPayload <em>Off Payload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Off Payload</em>'.
	 * @see org.iotbench.projects.Widget#getOffPayload()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_OffPayload();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getStatusTopic <em>Status Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Topic</em>'.
	 * @see org.iotbench.projects.Widget#getStatusTopic()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_StatusTopic();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getChoices <em>Choices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Choices</em>'.
	 * @see org.iotbench.projects.Widget#getChoices()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_Choices();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getQos <em>Qos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qos</em>'.
	 * @see org.iotbench.projects.Widget#getQos()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_Qos();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#isRetain <em>Retain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retain</em>'.
	 * @see org.iotbench.projects.Widget#isRetain()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_Retain();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getStaleSeconds <em>Stale Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stale Seconds</em>'.
	 * @see org.iotbench.projects.Widget#getStaleSeconds()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_StaleSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#getWindowSeconds <em>Window Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window Seconds</em>'.
	 * @see org.iotbench.projects.Widget#getWindowSeconds()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_WindowSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.projects.Widget#isWhileDragging <em>While Dragging</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>While Dragging</em>'.
	 * @see org.iotbench.projects.Widget#isWhileDragging()
	 * @see #getWidget()
	 * @generated
	 */
	EAttribute getWidget_WhileDragging();

	/**
	 * Returns the meta object for the containment reference list '{@link org.iotbench.projects.Widget#getSeries <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Series</em>'.
	 * @see org.iotbench.projects.Widget#getSeries()
	 * @see #getWidget()
	 * @generated
	 */
	EReference getWidget_Series();

	/**
	 * Returns the meta object for enum '{@link org.iotbench.projects.WidgetKind <em>Widget Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Widget Kind</em>'.
	 * @see org.iotbench.projects.WidgetKind
	 * @generated
	 */
	EEnum getWidgetKind();

	/**
	 * Returns the meta object for enum '{@link org.iotbench.projects.ProjectKind <em>Project Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Project Kind</em>'.
	 * @see org.iotbench.projects.ProjectKind
	 * @generated
	 */
	EEnum getProjectKind();

	/**
	 * Returns the meta object for enum '{@link org.iotbench.projects.Transport <em>Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Transport</em>'.
	 * @see org.iotbench.projects.Transport
	 * @generated
	 */
	EEnum getTransport();

	/**
	 * Returns the meta object for enum '{@link org.iotbench.projects.MqttVersion <em>Mqtt Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mqtt Version</em>'.
	 * @see org.iotbench.projects.MqttVersion
	 * @generated
	 */
	EEnum getMqttVersion();

	/**
	 * Returns the meta object for enum '{@link org.iotbench.projects.TlsTrust <em>Tls Trust</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tls Trust</em>'.
	 * @see org.iotbench.projects.TlsTrust
	 * @generated
	 */
	EEnum getTlsTrust();

	/**
	 * Returns the meta object for enum '{@link org.iotbench.projects.PayloadFormat <em>Payload Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Payload Format</em>'.
	 * @see org.iotbench.projects.PayloadFormat
	 * @generated
	 */
	EEnum getPayloadFormat();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ProjectsFactory getProjectsFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.iotbench.projects.impl.ProjectRegistryImpl <em>Project Registry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.projects.impl.ProjectRegistryImpl
		 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getProjectRegistry()
		 * @generated
		 */
		EClass PROJECT_REGISTRY = eINSTANCE.getProjectRegistry();

		/**
		 * The meta object literal for the '<em><b>Projects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT_REGISTRY__PROJECTS = eINSTANCE.getProjectRegistry_Projects();

		/**
		 * The meta object literal for the '{@link org.iotbench.projects.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.projects.impl.ProjectImpl
		 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__NAME = eINSTANCE.getProject_Name();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__ID = eINSTANCE.getProject_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__KIND = eINSTANCE.getProject_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__DESCRIPTION = eINSTANCE.getProject_Description();

		/**
		 * The meta object literal for the '<em><b>Subscriptions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SUBSCRIPTIONS = eINSTANCE.getProject_Subscriptions();

		/**
		 * The meta object literal for the '<em><b>Publish History</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__PUBLISH_HISTORY = eINSTANCE.getProject_PublishHistory();

		/**
		 * The meta object literal for the '<em><b>Connection</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__CONNECTION = eINSTANCE.getProject_Connection();

		/**
		 * The meta object literal for the '<em><b>Message Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__MESSAGE_CAPACITY = eINSTANCE.getProject_MessageCapacity();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__CREATED = eINSTANCE.getProject_Created();

		/**
		 * The meta object literal for the '<em><b>History Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__HISTORY_LIMIT = eINSTANCE.getProject_HistoryLimit();

		/**
		 * The meta object literal for the '<em><b>Payload Formats</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__PAYLOAD_FORMATS = eINSTANCE.getProject_PayloadFormats();

		/**
		 * The meta object literal for the '<em><b>Charts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__CHARTS = eINSTANCE.getProject_Charts();

		/**
		 * The meta object literal for the '<em><b>Saved Messages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SAVED_MESSAGES = eINSTANCE.getProject_SavedMessages();

		/**
		 * The meta object literal for the '<em><b>Dashboards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__DASHBOARDS = eINSTANCE.getProject_Dashboards();

		/**
		 * The meta object literal for the '{@link org.iotbench.projects.impl.SavedMessageImpl <em>Saved Message</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.projects.impl.SavedMessageImpl
		 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getSavedMessage()
		 * @generated
		 */
		EClass SAVED_MESSAGE = eINSTANCE.getSavedMessage();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_MESSAGE__NAME = eINSTANCE.getSavedMessage_Name();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_MESSAGE__GROUP = eINSTANCE.getSavedMessage_Group();

		/**
		 * The meta object literal for the '{@link org.iotbench.projects.impl.SubscriptionImpl <em>Subscription</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.projects.impl.SubscriptionImpl
		 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getSubscription()
		 * @generated
		 */
		EClass SUBSCRIPTION = eINSTANCE.getSubscription();

		/**
		 * The meta object literal for the '<em><b>Topic Filter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSCRIPTION__TOPIC_FILTER = eINSTANCE.getSubscription_TopicFilter();

		/**
		 * The meta object literal for the '<em><b>Qos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSCRIPTION__QOS = eINSTANCE.getSubscription_Qos();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSCRIPTION__COLOR = eINSTANCE.getSubscription_Color();

		/**
		 * The meta object literal for the '<em><b>Alias</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSCRIPTION__ALIAS = eINSTANCE.getSubscription_Alias();

		/**
		 * The meta object literal for the '<em><b>Muted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSCRIPTION__MUTED = eINSTANCE.getSubscription_Muted();

		/**
		 * The meta object literal for the '{@link org.iotbench.projects.impl.PublishTemplateImpl <em>Publish Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.projects.impl.PublishTemplateImpl
		 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getPublishTemplate()
		 * @generated
		 */
		EClass PUBLISH_TEMPLATE = eINSTANCE.getPublishTemplate();

		/**
		 * The meta object literal for the '<em><b>Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLISH_TEMPLATE__TOPIC = eINSTANCE.getPublishTemplate_Topic();

		/**
		 * The meta object literal for the '<em><b>Payload</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLISH_TEMPLATE__PAYLOAD = eINSTANCE.getPublishTemplate_Payload();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLISH_TEMPLATE__FORMAT = eINSTANCE.getPublishTemplate_Format();

		/**
		 * The meta object literal for the '<em><b>Qos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLISH_TEMPLATE__QOS = eINSTANCE.getPublishTemplate_Qos();

		/**
		 * The meta object literal for the '<em><b>Retain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLISH_TEMPLATE__RETAIN = eINSTANCE.getPublishTemplate_Retain();

		/**
		 * The meta object literal for the '{@link org.iotbench.projects.impl.RemoteConnectionImpl <em>Remote Connection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.projects.impl.RemoteConnectionImpl
		 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getRemoteConnection()
		 * @generated
		 */
		EClass REMOTE_CONNECTION = eINSTANCE.getRemoteConnection();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__HOST = eINSTANCE.getRemoteConnection_Host();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__PORT = eINSTANCE.getRemoteConnection_Port();

		/**
		 * The meta object literal for the '<em><b>Transport</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__TRANSPORT = eINSTANCE.getRemoteConnection_Transport();

		/**
		 * The meta object literal for the '<em><b>Websocket Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__WEBSOCKET_PATH = eINSTANCE.getRemoteConnection_WebsocketPath();

		/**
		 * The meta object literal for the '<em><b>Mqtt Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__MQTT_VERSION = eINSTANCE.getRemoteConnection_MqttVersion();

		/**
		 * The meta object literal for the '<em><b>Client Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__CLIENT_ID = eINSTANCE.getRemoteConnection_ClientId();

		/**
		 * The meta object literal for the '<em><b>Username</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__USERNAME = eINSTANCE.getRemoteConnection_Username();

		/**
		 * The meta object literal for the '<em><b>Keep Alive Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__KEEP_ALIVE_SECONDS = eINSTANCE.getRemoteConnection_KeepAliveSeconds();

		/**
		 * The meta object literal for the '<em><b>Clean Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__CLEAN_START = eINSTANCE.getRemoteConnection_CleanStart();

		/**
		 * The meta object literal for the '<em><b>Session Expiry Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__SESSION_EXPIRY_SECONDS = eINSTANCE.getRemoteConnection_SessionExpirySeconds();

		/**
		 * The meta object literal for the '<em><b>Auto Reconnect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__AUTO_RECONNECT = eINSTANCE.getRemoteConnection_AutoReconnect();

		/**
		 * The meta object literal for the '<em><b>Connect Timeout Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__CONNECT_TIMEOUT_SECONDS = eINSTANCE.getRemoteConnection_ConnectTimeoutSeconds();

		/**
		 * The meta object literal for the '<em><b>Will Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__WILL_TOPIC = eINSTANCE.getRemoteConnection_WillTopic();

		/**
		 * The meta object literal for the '<em><b>Will Payload</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__WILL_PAYLOAD = eINSTANCE.getRemoteConnection_WillPayload();

		/**
		 * The meta object literal for the '<em><b>Will Qos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__WILL_QOS = eINSTANCE.getRemoteConnection_WillQos();

		/**
		 * The meta object literal for the '<em><b>Will Retain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__WILL_RETAIN = eINSTANCE.getRemoteConnection_WillRetain();

		/**
		 * The meta object literal for the '<em><b>Tls Trust</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__TLS_TRUST = eINSTANCE.getRemoteConnection_TlsTrust();

		/**
		 * The meta object literal for the '<em><b>Ca File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__CA_FILE = eINSTANCE.getRemoteConnection_CaFile();

		/**
		 * The meta object literal for the '<em><b>Client Certificate File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__CLIENT_CERTIFICATE_FILE = eINSTANCE.getRemoteConnection_ClientCertificateFile();

		/**
		 * The meta object literal for the '<em><b>Client Key File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOTE_CONNECTION__CLIENT_KEY_FILE = eINSTANCE.getRemoteConnection_ClientKeyFile();

		/**
		 * The meta object literal for the '{@link org.iotbench.projects.impl.TopicFormatImpl <em>Topic Format</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.projects.impl.TopicFormatImpl
		 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getTopicFormat()
		 * @generated
		 */
		EClass TOPIC_FORMAT = eINSTANCE.getTopicFormat();

		/**
		 * The meta object literal for the '<em><b>Topic Filter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPIC_FORMAT__TOPIC_FILTER = eINSTANCE.getTopicFormat_TopicFilter();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPIC_FORMAT__FORMAT = eINSTANCE.getTopicFormat_Format();

		/**
		 * The meta object literal for the '<em><b>Descriptor File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPIC_FORMAT__DESCRIPTOR_FILE = eINSTANCE.getTopicFormat_DescriptorFile();

		/**
		 * The meta object literal for the '<em><b>Message Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPIC_FORMAT__MESSAGE_TYPE = eINSTANCE.getTopicFormat_MessageType();

		/**
		 * The meta object literal for the '{@link org.iotbench.projects.impl.ChartImpl <em>Chart</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.projects.impl.ChartImpl
		 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getChart()
		 * @generated
		 */
		EClass CHART = eINSTANCE.getChart();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART__NAME = eINSTANCE.getChart_Name();

		/**
		 * The meta object literal for the '<em><b>Window Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART__WINDOW_SECONDS = eINSTANCE.getChart_WindowSeconds();

		/**
		 * The meta object literal for the '<em><b>Series</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHART__SERIES = eINSTANCE.getChart_Series();

		/**
		 * The meta object literal for the '{@link org.iotbench.projects.impl.ChartSeriesImpl <em>Chart Series</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.projects.impl.ChartSeriesImpl
		 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getChartSeries()
		 * @generated
		 */
		EClass CHART_SERIES = eINSTANCE.getChartSeries();

		/**
		 * The meta object literal for the '<em><b>Topic Filter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART_SERIES__TOPIC_FILTER = eINSTANCE.getChartSeries_TopicFilter();

		/**
		 * The meta object literal for the '<em><b>Json Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART_SERIES__JSON_PATH = eINSTANCE.getChartSeries_JsonPath();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART_SERIES__LABEL = eINSTANCE.getChartSeries_Label();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART_SERIES__COLOR = eINSTANCE.getChartSeries_Color();

		/**
		 * The meta object literal for the '{@link org.iotbench.projects.impl.DashboardImpl <em>Dashboard</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.projects.impl.DashboardImpl
		 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getDashboard()
		 * @generated
		 */
		EClass DASHBOARD = eINSTANCE.getDashboard();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASHBOARD__NAME = eINSTANCE.getDashboard_Name();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASHBOARD__COLUMNS = eINSTANCE.getDashboard_Columns();

		/**
		 * The meta object literal for the '<em><b>Locked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASHBOARD__LOCKED = eINSTANCE.getDashboard_Locked();

		/**
		 * The meta object literal for the '<em><b>Widgets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DASHBOARD__WIDGETS = eINSTANCE.getDashboard_Widgets();

		/**
		 * The meta object literal for the '{@link org.iotbench.projects.impl.WidgetImpl <em>Widget</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.projects.impl.WidgetImpl
		 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getWidget()
		 * @generated
		 */
		EClass WIDGET = eINSTANCE.getWidget();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__KIND = eINSTANCE.getWidget_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__TITLE = eINSTANCE.getWidget_Title();

		/**
		 * The meta object literal for the '<em><b>Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__TOPIC = eINSTANCE.getWidget_Topic();

		/**
		 * The meta object literal for the '<em><b>Json Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__JSON_PATH = eINSTANCE.getWidget_JsonPath();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__COLUMN = eINSTANCE.getWidget_Column();

		/**
		 * The meta object literal for the '<em><b>Row</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__ROW = eINSTANCE.getWidget_Row();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__WIDTH = eINSTANCE.getWidget_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__HEIGHT = eINSTANCE.getWidget_Height();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__UNIT = eINSTANCE.getWidget_Unit();

		/**
		 * The meta object literal for the '<em><b>Decimals</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__DECIMALS = eINSTANCE.getWidget_Decimals();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__MIN = eINSTANCE.getWidget_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__MAX = eINSTANCE.getWidget_Max();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__STEP = eINSTANCE.getWidget_Step();

		/**
		 * The meta object literal for the '<em><b>Zones</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__ZONES = eINSTANCE.getWidget_Zones();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__CONDITION = eINSTANCE.getWidget_Condition();

		/**
		 * The meta object literal for the '<em><b>Payload</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__PAYLOAD = eINSTANCE.getWidget_Payload();

		/**
		 * The meta object literal for the '<em><b>On Payload</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__ON_PAYLOAD = eINSTANCE.getWidget_OnPayload();

		/**
		 * The meta object literal for the '<em><b>Off Payload</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__OFF_PAYLOAD = eINSTANCE.getWidget_OffPayload();

		/**
		 * The meta object literal for the '<em><b>Status Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__STATUS_TOPIC = eINSTANCE.getWidget_StatusTopic();

		/**
		 * The meta object literal for the '<em><b>Choices</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__CHOICES = eINSTANCE.getWidget_Choices();

		/**
		 * The meta object literal for the '<em><b>Qos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__QOS = eINSTANCE.getWidget_Qos();

		/**
		 * The meta object literal for the '<em><b>Retain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__RETAIN = eINSTANCE.getWidget_Retain();

		/**
		 * The meta object literal for the '<em><b>Stale Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__STALE_SECONDS = eINSTANCE.getWidget_StaleSeconds();

		/**
		 * The meta object literal for the '<em><b>Window Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__WINDOW_SECONDS = eINSTANCE.getWidget_WindowSeconds();

		/**
		 * The meta object literal for the '<em><b>While Dragging</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIDGET__WHILE_DRAGGING = eINSTANCE.getWidget_WhileDragging();

		/**
		 * The meta object literal for the '<em><b>Series</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIDGET__SERIES = eINSTANCE.getWidget_Series();

		/**
		 * The meta object literal for the '{@link org.iotbench.projects.WidgetKind <em>Widget Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.projects.WidgetKind
		 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getWidgetKind()
		 * @generated
		 */
		EEnum WIDGET_KIND = eINSTANCE.getWidgetKind();

		/**
		 * The meta object literal for the '{@link org.iotbench.projects.ProjectKind <em>Project Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.projects.ProjectKind
		 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getProjectKind()
		 * @generated
		 */
		EEnum PROJECT_KIND = eINSTANCE.getProjectKind();

		/**
		 * The meta object literal for the '{@link org.iotbench.projects.Transport <em>Transport</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.projects.Transport
		 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getTransport()
		 * @generated
		 */
		EEnum TRANSPORT = eINSTANCE.getTransport();

		/**
		 * The meta object literal for the '{@link org.iotbench.projects.MqttVersion <em>Mqtt Version</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.projects.MqttVersion
		 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getMqttVersion()
		 * @generated
		 */
		EEnum MQTT_VERSION = eINSTANCE.getMqttVersion();

		/**
		 * The meta object literal for the '{@link org.iotbench.projects.TlsTrust <em>Tls Trust</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.projects.TlsTrust
		 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getTlsTrust()
		 * @generated
		 */
		EEnum TLS_TRUST = eINSTANCE.getTlsTrust();

		/**
		 * The meta object literal for the '{@link org.iotbench.projects.PayloadFormat <em>Payload Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.projects.PayloadFormat
		 * @see org.iotbench.projects.impl.ProjectsPackageImpl#getPayloadFormat()
		 * @generated
		 */
		EEnum PAYLOAD_FORMAT = eINSTANCE.getPayloadFormat();

	}

} //ProjectsPackage
