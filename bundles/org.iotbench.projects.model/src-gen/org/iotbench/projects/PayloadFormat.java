/**
 */
package org.iotbench.projects;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Payload Format</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.iotbench.projects.ProjectsPackage#getPayloadFormat()
 * @model
 * @generated
 */
public enum PayloadFormat implements Enumerator {
	/**
	 * The '<em><b>TEXT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEXT_VALUE
	 * @generated
	 * @ordered
	 */
	TEXT(0, "TEXT", "TEXT"),

	/**
	 * The '<em><b>JSON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JSON_VALUE
	 * @generated
	 * @ordered
	 */
	JSON(1, "JSON", "JSON"),

	/**
	 * The '<em><b>HEX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEX_VALUE
	 * @generated
	 * @ordered
	 */
	HEX(2, "HEX", "HEX"),

	/**
	 * The '<em><b>BASE64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BASE64_VALUE
	 * @generated
	 * @ordered
	 */
	BASE64(3, "BASE64", "BASE64"), /**
	 * The '<em><b>CBOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CBOR_VALUE
	 * @generated
	 * @ordered
	 */
	CBOR(4, "CBOR", "CBOR"), /**
	 * The '<em><b>MESSAGEPACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MESSAGEPACK_VALUE
	 * @generated
	 * @ordered
	 */
	MESSAGEPACK(5, "MESSAGEPACK", "MESSAGEPACK"), /**
	 * The '<em><b>SPARKPLUG B</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPARKPLUG_B_VALUE
	 * @generated
	 * @ordered
	 */
	SPARKPLUG_B(6, "SPARKPLUG_B", "SPARKPLUG_B"), /**
	 * The '<em><b>PROTOBUF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROTOBUF_VALUE
	 * @generated
	 * @ordered
	 */
	PROTOBUF(7, "PROTOBUF", "PROTOBUF");

	/**
	 * The '<em><b>TEXT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEXT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TEXT_VALUE = 0;

	/**
	 * The '<em><b>JSON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JSON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JSON_VALUE = 1;

	/**
	 * The '<em><b>HEX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HEX_VALUE = 2;

	/**
	 * The '<em><b>BASE64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BASE64
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BASE64_VALUE = 3;

	/**
	 * The '<em><b>CBOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CBOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CBOR_VALUE = 4;

	/**
	 * The '<em><b>MESSAGEPACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MESSAGEPACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MESSAGEPACK_VALUE = 5;

	/**
	 * The '<em><b>SPARKPLUG B</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPARKPLUG_B
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPARKPLUG_B_VALUE = 6;

	/**
	 * The '<em><b>PROTOBUF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROTOBUF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROTOBUF_VALUE = 7;

	/**
	 * An array of all the '<em><b>Payload Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PayloadFormat[] VALUES_ARRAY =
		new PayloadFormat[] {
			TEXT,
			JSON,
			HEX,
			BASE64,
			CBOR,
			MESSAGEPACK,
			SPARKPLUG_B,
			PROTOBUF,
		};

	/**
	 * A public read-only list of all the '<em><b>Payload Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PayloadFormat> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Payload Format</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PayloadFormat get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PayloadFormat result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Payload Format</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PayloadFormat getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PayloadFormat result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Payload Format</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PayloadFormat get(int value) {
		switch (value) {
			case TEXT_VALUE: return TEXT;
			case JSON_VALUE: return JSON;
			case HEX_VALUE: return HEX;
			case BASE64_VALUE: return BASE64;
			case CBOR_VALUE: return CBOR;
			case MESSAGEPACK_VALUE: return MESSAGEPACK;
			case SPARKPLUG_B_VALUE: return SPARKPLUG_B;
			case PROTOBUF_VALUE: return PROTOBUF;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private PayloadFormat(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //PayloadFormat
