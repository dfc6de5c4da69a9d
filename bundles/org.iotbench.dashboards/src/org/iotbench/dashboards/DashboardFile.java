package org.iotbench.dashboards;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.iotbench.core.AtomicFile;
import org.iotbench.dashboards.internal.Messages;
import org.iotbench.projects.Dashboard;
import org.iotbench.projects.ProjectsPackage;
import org.iotbench.projects.Widget;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * A dashboard alone as a JSON file, to share it: its settings and widgets, each attribute by its model name, written
 * atomically. Reading checks everything (the format, each value's type, each widget's settings) and names what is
 * wrong; nothing of a bad file is taken.
 */
public final class DashboardFile {

	static final String FORMAT = "iotbench-dashboard"; //$NON-NLS-1$
	static final int VERSION = 1;
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private DashboardFile() {
	}

	/** Writes a dashboard to a file, atomically. */
	public static void write(Dashboard dashboard, Path file) throws IOException {
		byte[] bytes = toText(dashboard).getBytes(StandardCharsets.UTF_8);
		new AtomicFile(file).write(out -> out.write(bytes));
	}

	/** The text of a dashboard's file, for the clipboard and tests. */
	public static String toText(Dashboard dashboard) {
		JsonObject root = new JsonObject();
		root.addProperty("format", FORMAT); //$NON-NLS-1$
		root.addProperty("version", VERSION); //$NON-NLS-1$
		root.add("dashboard", toJson(dashboard)); //$NON-NLS-1$
		return GSON.toJson(root);
	}

	/**
	 * Reads a dashboard from a file.
	 *
	 * @throws IOException with a message that names the file and what is wrong in it
	 */
	public static Dashboard read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(reader);
		} catch (IllegalArgumentException | JsonParseException e) {
			throw new IOException(NLS.bind(Messages.File_bad, file, e.getMessage()), e);
		} catch (java.nio.charset.CharacterCodingException e) {
			throw new IOException(NLS.bind(Messages.File_bad, file, Messages.File_notUtf8), e);
		}
	}

	/**
	 * Reads a dashboard from JSON text.
	 *
	 * @throws IllegalArgumentException naming what is wrong
	 */
	public static Dashboard read(Reader reader) {
		JsonElement parsed = JsonParser.parseReader(reader);
		if (!parsed.isJsonObject() || !FORMAT.equals(string(parsed.getAsJsonObject().get("format")))) { //$NON-NLS-1$
			throw new IllegalArgumentException(Messages.File_notDashboard);
		}
		JsonObject root = parsed.getAsJsonObject();
		JsonElement version = root.get("version"); //$NON-NLS-1$
		if (version == null || !version.isJsonPrimitive() || version.getAsInt() > VERSION) {
			throw new IllegalArgumentException(NLS.bind(Messages.File_newer, String.valueOf(version)));
		}
		JsonElement body = root.get("dashboard"); //$NON-NLS-1$
		if (body == null || !body.isJsonObject()) {
			throw new IllegalArgumentException(Messages.File_notDashboard);
		}
		Dashboard dashboard = (Dashboard) fromJson(body.getAsJsonObject(), ProjectsPackage.Literals.DASHBOARD, ""); //$NON-NLS-1$
		List<Widget> widgets = dashboard.getWidgets();
		for (int i = 0; i < widgets.size(); i++) {
			Widget widget = widgets.get(i);
			String problem = WidgetCheck.problem(widget);
			if (problem != null) {
				String name = widget.getTitle() == null || widget.getTitle().isBlank() ? Integer.toString(i + 1)
						: widget.getTitle();
				throw new IllegalArgumentException(NLS.bind(Messages.File_widget, name, problem));
			}
		}
		return dashboard;
	}

	private static String string(JsonElement element) {
		return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
	}

	/** An object's set attributes and contained objects, by their model names. */
	static JsonObject toJson(EObject object) {
		JsonObject json = new JsonObject();
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient() || !object.eIsSet(feature) && feature != ProjectsPackage.Literals.WIDGET__KIND) {
				continue;
			}
			Object value = object.eGet(feature);
			if (feature instanceof EReference reference && reference.isContainment() && reference.isMany()) {
				JsonArray array = new JsonArray();
				for (Object child : (List<?>) value) {
					array.add(toJson((EObject) child));
				}
				json.add(feature.getName(), array);
			} else if (feature instanceof EAttribute) {
				if (value instanceof Number number) {
					json.add(feature.getName(), new JsonPrimitive(number));
				} else if (value instanceof Boolean bool) {
					json.add(feature.getName(), new JsonPrimitive(bool));
				} else if (value instanceof org.eclipse.emf.common.util.Enumerator literal) {
					json.addProperty(feature.getName(), literal.getName());
				} else if (value != null) {
					json.addProperty(feature.getName(), value.toString());
				}
			}
		}
		return json;
	}

	private static EObject fromJson(JsonObject json, EClass type, String where) {
		if (type == ProjectsPackage.Literals.WIDGET && !json.has(ProjectsPackage.Literals.WIDGET__KIND.getName())) {
			throw new IllegalArgumentException(NLS.bind(Messages.File_widget, where, Messages.File_noKind));
		}
		EObject object = EcoreUtil.create(type);
		for (var entry : json.entrySet()) {
			EStructuralFeature feature = type.getEStructuralFeature(entry.getKey());
			String at = where.isEmpty() ? entry.getKey() : where + '.' + entry.getKey();
			if (feature == null || feature.isTransient()) {
				continue; // a setting of a newer version: left out, as older readers of a format do
			}
			JsonElement value = entry.getValue();
			if (feature instanceof EReference reference && reference.isContainment() && reference.isMany()) {
				if (!value.isJsonArray()) {
					throw new IllegalArgumentException(NLS.bind(Messages.File_notList, at));
				}
				@SuppressWarnings("unchecked")
				List<EObject> children = (List<EObject>) object.eGet(reference);
				int index = 0;
				for (JsonElement child : value.getAsJsonArray()) {
					index++;
					if (!child.isJsonObject()) {
						throw new IllegalArgumentException(NLS.bind(Messages.File_notObject, at + '[' + index + ']'));
					}
					children.add(fromJson(child.getAsJsonObject(), reference.getEReferenceType(), at + '[' + index + ']'));
				}
			} else if (feature instanceof EAttribute attribute) {
				object.eSet(attribute, attributeValue(attribute.getEAttributeType(), value, at));
			}
		}
		return object;
	}

	private static Object attributeValue(EDataType type, JsonElement value, String at) {
		if (!value.isJsonPrimitive()) {
			throw new IllegalArgumentException(NLS.bind(Messages.File_badValue, at, value));
		}
		JsonPrimitive primitive = value.getAsJsonPrimitive();
		Class<?> javaType = type.getInstanceClass();
		try {
			if (type instanceof EEnum enumeration) {
				EEnumLiteral literal = enumeration.getEEnumLiteral(primitive.getAsString());
				if (literal == null) {
					throw new IllegalArgumentException(NLS.bind(Messages.File_badValue, at, value));
				}
				return literal.getInstance();
			}
			if (javaType == int.class || javaType == Integer.class) {
				if (!primitive.isNumber() || primitive.getAsDouble() != Math.rint(primitive.getAsDouble())) {
					throw new IllegalArgumentException(NLS.bind(Messages.File_badValue, at, value));
				}
				return primitive.getAsInt();
			}
			if (javaType == double.class || javaType == Double.class) {
				if (!primitive.isNumber()) {
					throw new IllegalArgumentException(NLS.bind(Messages.File_badValue, at, value));
				}
				return primitive.getAsDouble();
			}
			if (javaType == boolean.class || javaType == Boolean.class) {
				if (!primitive.isBoolean()) {
					throw new IllegalArgumentException(NLS.bind(Messages.File_badValue, at, value));
				}
				return primitive.getAsBoolean();
			}
			if (javaType == String.class) {
				return primitive.getAsString();
			}
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.File_badValue, at, value), e);
		}
		throw new IllegalArgumentException(NLS.bind(Messages.File_badValue, at, value));
	}
}
