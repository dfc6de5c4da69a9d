/**
 */
package org.iotbench.bridges.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.iotbench.bridges.Bridge;
import org.iotbench.bridges.BridgeConfiguration;
import org.iotbench.bridges.BridgesFactory;
import org.iotbench.bridges.BridgesPackage;
import org.iotbench.bridges.RuleDirection;
import org.iotbench.bridges.TopicRule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class BridgesPackageImpl extends EPackageImpl implements BridgesPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bridgeConfigurationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bridgeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass topicRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ruleDirectionEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.iotbench.bridges.BridgesPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private BridgesPackageImpl() {
		super(eNS_URI, BridgesFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link BridgesPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static BridgesPackage init() {
		if (isInited) return (BridgesPackage)EPackage.Registry.INSTANCE.getEPackage(BridgesPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredBridgesPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		BridgesPackageImpl theBridgesPackage = registeredBridgesPackage instanceof BridgesPackageImpl ? (BridgesPackageImpl)registeredBridgesPackage : new BridgesPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theBridgesPackage.createPackageContents();

		// Initialize created meta-data
		theBridgesPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theBridgesPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(BridgesPackage.eNS_URI, theBridgesPackage);
		return theBridgesPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBridgeConfiguration() {
		return bridgeConfigurationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBridgeConfiguration_Bridges() {
		return (EReference)bridgeConfigurationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBridge() {
		return bridgeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBridge_Name() {
		return (EAttribute)bridgeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBridge_Enabled() {
		return (EAttribute)bridgeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBridge_Host() {
		return (EAttribute)bridgeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBridge_Port() {
		return (EAttribute)bridgeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBridge_Tls() {
		return (EAttribute)bridgeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBridge_CaFile() {
		return (EAttribute)bridgeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBridge_CertificateFile() {
		return (EAttribute)bridgeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBridge_KeyFile() {
		return (EAttribute)bridgeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBridge_UserName() {
		return (EAttribute)bridgeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBridge_ClientId() {
		return (EAttribute)bridgeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBridge_KeepAliveSeconds() {
		return (EAttribute)bridgeEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBridge_CleanSession() {
		return (EAttribute)bridgeEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBridge_QueueLimitMegabytes() {
		return (EAttribute)bridgeEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBridge_Rules() {
		return (EReference)bridgeEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTopicRule() {
		return topicRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopicRule_Pattern() {
		return (EAttribute)topicRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopicRule_Direction() {
		return (EAttribute)topicRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopicRule_Qos() {
		return (EAttribute)topicRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopicRule_LocalPrefix() {
		return (EAttribute)topicRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopicRule_RemotePrefix() {
		return (EAttribute)topicRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRuleDirection() {
		return ruleDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BridgesFactory getBridgesFactory() {
		return (BridgesFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		bridgeConfigurationEClass = createEClass(BRIDGE_CONFIGURATION);
		createEReference(bridgeConfigurationEClass, BRIDGE_CONFIGURATION__BRIDGES);

		bridgeEClass = createEClass(BRIDGE);
		createEAttribute(bridgeEClass, BRIDGE__NAME);
		createEAttribute(bridgeEClass, BRIDGE__ENABLED);
		createEAttribute(bridgeEClass, BRIDGE__HOST);
		createEAttribute(bridgeEClass, BRIDGE__PORT);
		createEAttribute(bridgeEClass, BRIDGE__TLS);
		createEAttribute(bridgeEClass, BRIDGE__CA_FILE);
		createEAttribute(bridgeEClass, BRIDGE__CERTIFICATE_FILE);
		createEAttribute(bridgeEClass, BRIDGE__KEY_FILE);
		createEAttribute(bridgeEClass, BRIDGE__USER_NAME);
		createEAttribute(bridgeEClass, BRIDGE__CLIENT_ID);
		createEAttribute(bridgeEClass, BRIDGE__KEEP_ALIVE_SECONDS);
		createEAttribute(bridgeEClass, BRIDGE__CLEAN_SESSION);
		createEAttribute(bridgeEClass, BRIDGE__QUEUE_LIMIT_MEGABYTES);
		createEReference(bridgeEClass, BRIDGE__RULES);

		topicRuleEClass = createEClass(TOPIC_RULE);
		createEAttribute(topicRuleEClass, TOPIC_RULE__PATTERN);
		createEAttribute(topicRuleEClass, TOPIC_RULE__DIRECTION);
		createEAttribute(topicRuleEClass, TOPIC_RULE__QOS);
		createEAttribute(topicRuleEClass, TOPIC_RULE__LOCAL_PREFIX);
		createEAttribute(topicRuleEClass, TOPIC_RULE__REMOTE_PREFIX);

		// Create enums
		ruleDirectionEEnum = createEEnum(RULE_DIRECTION);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(bridgeConfigurationEClass, BridgeConfiguration.class, "BridgeConfiguration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBridgeConfiguration_Bridges(), this.getBridge(), null, "bridges", null, 0, -1, BridgeConfiguration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bridgeEClass, Bridge.class, "Bridge", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBridge_Name(), ecorePackage.getEString(), "name", null, 0, 1, Bridge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBridge_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, Bridge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBridge_Host(), ecorePackage.getEString(), "host", null, 0, 1, Bridge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBridge_Port(), ecorePackage.getEInt(), "port", "1883", 0, 1, Bridge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBridge_Tls(), ecorePackage.getEBoolean(), "tls", null, 0, 1, Bridge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBridge_CaFile(), ecorePackage.getEString(), "caFile", null, 0, 1, Bridge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBridge_CertificateFile(), ecorePackage.getEString(), "certificateFile", null, 0, 1, Bridge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBridge_KeyFile(), ecorePackage.getEString(), "keyFile", null, 0, 1, Bridge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBridge_UserName(), ecorePackage.getEString(), "userName", null, 0, 1, Bridge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBridge_ClientId(), ecorePackage.getEString(), "clientId", null, 0, 1, Bridge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBridge_KeepAliveSeconds(), ecorePackage.getEInt(), "keepAliveSeconds", "60", 0, 1, Bridge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBridge_CleanSession(), ecorePackage.getEBoolean(), "cleanSession", null, 0, 1, Bridge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBridge_QueueLimitMegabytes(), ecorePackage.getEInt(), "queueLimitMegabytes", "64", 0, 1, Bridge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBridge_Rules(), this.getTopicRule(), null, "rules", null, 0, -1, Bridge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(topicRuleEClass, TopicRule.class, "TopicRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTopicRule_Pattern(), ecorePackage.getEString(), "pattern", null, 0, 1, TopicRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTopicRule_Direction(), this.getRuleDirection(), "direction", null, 0, 1, TopicRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTopicRule_Qos(), ecorePackage.getEInt(), "qos", null, 0, 1, TopicRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTopicRule_LocalPrefix(), ecorePackage.getEString(), "localPrefix", "", 0, 1, TopicRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTopicRule_RemotePrefix(), ecorePackage.getEString(), "remotePrefix", "", 0, 1, TopicRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(ruleDirectionEEnum, RuleDirection.class, "RuleDirection");
		addEEnumLiteral(ruleDirectionEEnum, RuleDirection.OUT);
		addEEnumLiteral(ruleDirectionEEnum, RuleDirection.IN);
		addEEnumLiteral(ruleDirectionEEnum, RuleDirection.BOTH);

		// Create resource
		createResource(eNS_URI);
	}

} //BridgesPackageImpl
