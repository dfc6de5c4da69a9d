/**
 */
package org.iotbench.bridges;

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
 * The bridges of the local broker: connections to upstream brokers that carry messages both ways.
 * <!-- end-model-doc -->
 * @see org.iotbench.bridges.BridgesFactory
 * @model kind="package"
 * @generated
 */
public interface BridgesPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "bridges";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://iotbench.org/bridges/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "bridges";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	BridgesPackage eINSTANCE = org.iotbench.bridges.impl.BridgesPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.iotbench.bridges.impl.BridgeConfigurationImpl <em>Bridge Configuration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.bridges.impl.BridgeConfigurationImpl
	 * @see org.iotbench.bridges.impl.BridgesPackageImpl#getBridgeConfiguration()
	 * @generated
	 */
	int BRIDGE_CONFIGURATION = 0;

	/**
	 * The feature id for the '<em><b>Bridges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE_CONFIGURATION__BRIDGES = 0;

	/**
	 * The number of structural features of the '<em>Bridge Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE_CONFIGURATION_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Bridge Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE_CONFIGURATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.iotbench.bridges.impl.BridgeImpl <em>Bridge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.bridges.impl.BridgeImpl
	 * @see org.iotbench.bridges.impl.BridgesPackageImpl#getBridge()
	 * @generated
	 */
	int BRIDGE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__ENABLED = 1;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__HOST = 2;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__PORT = 3;

	/**
	 * The feature id for the '<em><b>Tls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__TLS = 4;

	/**
	 * The feature id for the '<em><b>Ca File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__CA_FILE = 5;

	/**
	 * The feature id for the '<em><b>Certificate File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__CERTIFICATE_FILE = 6;

	/**
	 * The feature id for the '<em><b>Key File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__KEY_FILE = 7;

	/**
	 * The feature id for the '<em><b>User Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__USER_NAME = 8;

	/**
	 * The feature id for the '<em><b>Client Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__CLIENT_ID = 9;

	/**
	 * The feature id for the '<em><b>Keep Alive Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__KEEP_ALIVE_SECONDS = 10;

	/**
	 * The feature id for the '<em><b>Clean Session</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__CLEAN_SESSION = 11;

	/**
	 * The feature id for the '<em><b>Queue Limit Megabytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__QUEUE_LIMIT_MEGABYTES = 12;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE__RULES = 13;

	/**
	 * The number of structural features of the '<em>Bridge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Bridge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRIDGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.iotbench.bridges.impl.TopicRuleImpl <em>Topic Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.bridges.impl.TopicRuleImpl
	 * @see org.iotbench.bridges.impl.BridgesPackageImpl#getTopicRule()
	 * @generated
	 */
	int TOPIC_RULE = 2;

	/**
	 * The feature id for the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_RULE__PATTERN = 0;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_RULE__DIRECTION = 1;

	/**
	 * The feature id for the '<em><b>Qos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_RULE__QOS = 2;

	/**
	 * The feature id for the '<em><b>Local Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_RULE__LOCAL_PREFIX = 3;

	/**
	 * The feature id for the '<em><b>Remote Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_RULE__REMOTE_PREFIX = 4;

	/**
	 * The number of structural features of the '<em>Topic Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_RULE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Topic Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.iotbench.bridges.RuleDirection <em>Rule Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.iotbench.bridges.RuleDirection
	 * @see org.iotbench.bridges.impl.BridgesPackageImpl#getRuleDirection()
	 * @generated
	 */
	int RULE_DIRECTION = 3;


	/**
	 * Returns the meta object for class '{@link org.iotbench.bridges.BridgeConfiguration <em>Bridge Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bridge Configuration</em>'.
	 * @see org.iotbench.bridges.BridgeConfiguration
	 * @generated
	 */
	EClass getBridgeConfiguration();

	/**
	 * Returns the meta object for the containment reference list '{@link org.iotbench.bridges.BridgeConfiguration#getBridges <em>Bridges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bridges</em>'.
	 * @see org.iotbench.bridges.BridgeConfiguration#getBridges()
	 * @see #getBridgeConfiguration()
	 * @generated
	 */
	EReference getBridgeConfiguration_Bridges();

	/**
	 * Returns the meta object for class '{@link org.iotbench.bridges.Bridge <em>Bridge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bridge</em>'.
	 * @see org.iotbench.bridges.Bridge
	 * @generated
	 */
	EClass getBridge();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.bridges.Bridge#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.iotbench.bridges.Bridge#getName()
	 * @see #getBridge()
	 * @generated
	 */
	EAttribute getBridge_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.bridges.Bridge#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.iotbench.bridges.Bridge#isEnabled()
	 * @see #getBridge()
	 * @generated
	 */
	EAttribute getBridge_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.bridges.Bridge#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see org.iotbench.bridges.Bridge#getHost()
	 * @see #getBridge()
	 * @generated
	 */
	EAttribute getBridge_Host();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.bridges.Bridge#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.iotbench.bridges.Bridge#getPort()
	 * @see #getBridge()
	 * @generated
	 */
	EAttribute getBridge_Port();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.bridges.Bridge#isTls <em>Tls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tls</em>'.
	 * @see org.iotbench.bridges.Bridge#isTls()
	 * @see #getBridge()
	 * @generated
	 */
	EAttribute getBridge_Tls();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.bridges.Bridge#getCaFile <em>Ca File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ca File</em>'.
	 * @see org.iotbench.bridges.Bridge#getCaFile()
	 * @see #getBridge()
	 * @generated
	 */
	EAttribute getBridge_CaFile();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.bridges.Bridge#getCertificateFile <em>Certificate File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certificate File</em>'.
	 * @see org.iotbench.bridges.Bridge#getCertificateFile()
	 * @see #getBridge()
	 * @generated
	 */
	EAttribute getBridge_CertificateFile();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.bridges.Bridge#getKeyFile <em>Key File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key File</em>'.
	 * @see org.iotbench.bridges.Bridge#getKeyFile()
	 * @see #getBridge()
	 * @generated
	 */
	EAttribute getBridge_KeyFile();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.bridges.Bridge#getUserName <em>User Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Name</em>'.
	 * @see org.iotbench.bridges.Bridge#getUserName()
	 * @see #getBridge()
	 * @generated
	 */
	EAttribute getBridge_UserName();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.bridges.Bridge#getClientId <em>Client Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Id</em>'.
	 * @see org.iotbench.bridges.Bridge#getClientId()
	 * @see #getBridge()
	 * @generated
	 */
	EAttribute getBridge_ClientId();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.bridges.Bridge#getKeepAliveSeconds <em>Keep Alive Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Keep Alive Seconds</em>'.
	 * @see org.iotbench.bridges.Bridge#getKeepAliveSeconds()
	 * @see #getBridge()
	 * @generated
	 */
	EAttribute getBridge_KeepAliveSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.bridges.Bridge#isCleanSession <em>Clean Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clean Session</em>'.
	 * @see org.iotbench.bridges.Bridge#isCleanSession()
	 * @see #getBridge()
	 * @generated
	 */
	EAttribute getBridge_CleanSession();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.bridges.Bridge#getQueueLimitMegabytes <em>Queue Limit Megabytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Queue Limit Megabytes</em>'.
	 * @see org.iotbench.bridges.Bridge#getQueueLimitMegabytes()
	 * @see #getBridge()
	 * @generated
	 */
	EAttribute getBridge_QueueLimitMegabytes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.iotbench.bridges.Bridge#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see org.iotbench.bridges.Bridge#getRules()
	 * @see #getBridge()
	 * @generated
	 */
	EReference getBridge_Rules();

	/**
	 * Returns the meta object for class '{@link org.iotbench.bridges.TopicRule <em>Topic Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Topic Rule</em>'.
	 * @see org.iotbench.bridges.TopicRule
	 * @generated
	 */
	EClass getTopicRule();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.bridges.TopicRule#getPattern <em>Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pattern</em>'.
	 * @see org.iotbench.bridges.TopicRule#getPattern()
	 * @see #getTopicRule()
	 * @generated
	 */
	EAttribute getTopicRule_Pattern();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.bridges.TopicRule#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.iotbench.bridges.TopicRule#getDirection()
	 * @see #getTopicRule()
	 * @generated
	 */
	EAttribute getTopicRule_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.bridges.TopicRule#getQos <em>Qos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qos</em>'.
	 * @see org.iotbench.bridges.TopicRule#getQos()
	 * @see #getTopicRule()
	 * @generated
	 */
	EAttribute getTopicRule_Qos();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.bridges.TopicRule#getLocalPrefix <em>Local Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Prefix</em>'.
	 * @see org.iotbench.bridges.TopicRule#getLocalPrefix()
	 * @see #getTopicRule()
	 * @generated
	 */
	EAttribute getTopicRule_LocalPrefix();

	/**
	 * Returns the meta object for the attribute '{@link org.iotbench.bridges.TopicRule#getRemotePrefix <em>Remote Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Prefix</em>'.
	 * @see org.iotbench.bridges.TopicRule#getRemotePrefix()
	 * @see #getTopicRule()
	 * @generated
	 */
	EAttribute getTopicRule_RemotePrefix();

	/**
	 * Returns the meta object for enum '{@link org.iotbench.bridges.RuleDirection <em>Rule Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rule Direction</em>'.
	 * @see org.iotbench.bridges.RuleDirection
	 * @generated
	 */
	EEnum getRuleDirection();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	BridgesFactory getBridgesFactory();

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
		 * The meta object literal for the '{@link org.iotbench.bridges.impl.BridgeConfigurationImpl <em>Bridge Configuration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.bridges.impl.BridgeConfigurationImpl
		 * @see org.iotbench.bridges.impl.BridgesPackageImpl#getBridgeConfiguration()
		 * @generated
		 */
		EClass BRIDGE_CONFIGURATION = eINSTANCE.getBridgeConfiguration();

		/**
		 * The meta object literal for the '<em><b>Bridges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BRIDGE_CONFIGURATION__BRIDGES = eINSTANCE.getBridgeConfiguration_Bridges();

		/**
		 * The meta object literal for the '{@link org.iotbench.bridges.impl.BridgeImpl <em>Bridge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.bridges.impl.BridgeImpl
		 * @see org.iotbench.bridges.impl.BridgesPackageImpl#getBridge()
		 * @generated
		 */
		EClass BRIDGE = eINSTANCE.getBridge();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRIDGE__NAME = eINSTANCE.getBridge_Name();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRIDGE__ENABLED = eINSTANCE.getBridge_Enabled();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRIDGE__HOST = eINSTANCE.getBridge_Host();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRIDGE__PORT = eINSTANCE.getBridge_Port();

		/**
		 * The meta object literal for the '<em><b>Tls</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRIDGE__TLS = eINSTANCE.getBridge_Tls();

		/**
		 * The meta object literal for the '<em><b>Ca File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRIDGE__CA_FILE = eINSTANCE.getBridge_CaFile();

		/**
		 * The meta object literal for the '<em><b>Certificate File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRIDGE__CERTIFICATE_FILE = eINSTANCE.getBridge_CertificateFile();

		/**
		 * The meta object literal for the '<em><b>Key File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRIDGE__KEY_FILE = eINSTANCE.getBridge_KeyFile();

		/**
		 * The meta object literal for the '<em><b>User Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRIDGE__USER_NAME = eINSTANCE.getBridge_UserName();

		/**
		 * The meta object literal for the '<em><b>Client Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRIDGE__CLIENT_ID = eINSTANCE.getBridge_ClientId();

		/**
		 * The meta object literal for the '<em><b>Keep Alive Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRIDGE__KEEP_ALIVE_SECONDS = eINSTANCE.getBridge_KeepAliveSeconds();

		/**
		 * The meta object literal for the '<em><b>Clean Session</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRIDGE__CLEAN_SESSION = eINSTANCE.getBridge_CleanSession();

		/**
		 * The meta object literal for the '<em><b>Queue Limit Megabytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRIDGE__QUEUE_LIMIT_MEGABYTES = eINSTANCE.getBridge_QueueLimitMegabytes();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BRIDGE__RULES = eINSTANCE.getBridge_Rules();

		/**
		 * The meta object literal for the '{@link org.iotbench.bridges.impl.TopicRuleImpl <em>Topic Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.bridges.impl.TopicRuleImpl
		 * @see org.iotbench.bridges.impl.BridgesPackageImpl#getTopicRule()
		 * @generated
		 */
		EClass TOPIC_RULE = eINSTANCE.getTopicRule();

		/**
		 * The meta object literal for the '<em><b>Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPIC_RULE__PATTERN = eINSTANCE.getTopicRule_Pattern();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPIC_RULE__DIRECTION = eINSTANCE.getTopicRule_Direction();

		/**
		 * The meta object literal for the '<em><b>Qos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPIC_RULE__QOS = eINSTANCE.getTopicRule_Qos();

		/**
		 * The meta object literal for the '<em><b>Local Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPIC_RULE__LOCAL_PREFIX = eINSTANCE.getTopicRule_LocalPrefix();

		/**
		 * The meta object literal for the '<em><b>Remote Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPIC_RULE__REMOTE_PREFIX = eINSTANCE.getTopicRule_RemotePrefix();

		/**
		 * The meta object literal for the '{@link org.iotbench.bridges.RuleDirection <em>Rule Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.iotbench.bridges.RuleDirection
		 * @see org.iotbench.bridges.impl.BridgesPackageImpl#getRuleDirection()
		 * @generated
		 */
		EEnum RULE_DIRECTION = eINSTANCE.getRuleDirection();

	}

} //BridgesPackage
