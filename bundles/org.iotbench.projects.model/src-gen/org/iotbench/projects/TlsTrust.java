/**
 */
package org.iotbench.projects;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Tls Trust</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.iotbench.projects.ProjectsPackage#getTlsTrust()
 * @model
 * @generated
 */
public enum TlsTrust implements Enumerator {
	/**
	 * The '<em><b>SYSTEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Trust the system's certificate store.
	 * <!-- end-model-doc -->
	 * @see #SYSTEM_VALUE
	 * @generated
	 * @ordered
	 */
	SYSTEM(0, "SYSTEM", "SYSTEM"),

	/**
	 * The '<em><b>CA FILE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Trust a CA certificate file.
	 * <!-- end-model-doc -->
	 * @see #CA_FILE_VALUE
	 * @generated
	 * @ordered
	 */
	CA_FILE(1, "CA_FILE", "CA_FILE"),

	/**
	 * The '<em><b>INSECURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Trust any certificate; for testing only.
	 * <!-- end-model-doc -->
	 * @see #INSECURE_VALUE
	 * @generated
	 * @ordered
	 */
	INSECURE(2, "INSECURE", "INSECURE");

	/**
	 * The '<em><b>SYSTEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Trust the system's certificate store.
	 * <!-- end-model-doc -->
	 * @see #SYSTEM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SYSTEM_VALUE = 0;

	/**
	 * The '<em><b>CA FILE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Trust a CA certificate file.
	 * <!-- end-model-doc -->
	 * @see #CA_FILE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CA_FILE_VALUE = 1;

	/**
	 * The '<em><b>INSECURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Trust any certificate; for testing only.
	 * <!-- end-model-doc -->
	 * @see #INSECURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INSECURE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Tls Trust</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TlsTrust[] VALUES_ARRAY =
		new TlsTrust[] {
			SYSTEM,
			CA_FILE,
			INSECURE,
		};

	/**
	 * A public read-only list of all the '<em><b>Tls Trust</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TlsTrust> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Tls Trust</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TlsTrust get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TlsTrust result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Tls Trust</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TlsTrust getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TlsTrust result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Tls Trust</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TlsTrust get(int value) {
		switch (value) {
			case SYSTEM_VALUE: return SYSTEM;
			case CA_FILE_VALUE: return CA_FILE;
			case INSECURE_VALUE: return INSECURE;
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
	private TlsTrust(int value, String name, String literal) {
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
	
} //TlsTrust
