package org.iotbench.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model and edit code of one {@code .genmodel} outside Eclipse.
 * <p>
 * Usage: {@code GenModelGenerator <path/to/x.genmodel> <repository root>}. Every folder under
 * {@code <root>/bundles/} is mapped as {@code platform:/resource/<folder>/}, so the genmodel's
 * {@code modelDirectory} and {@code editDirectory} resolve to the bundles of the same name.
 * </p>
 */
public final class GenModelGenerator {

	private static final String ECORE_BUNDLE = "org.eclipse.emf.ecore";

	private final Path genModelFile;

	private final Path bundlesDir;

	private GenModelGenerator(Path genModelFile, Path repositoryRoot) {
		this.genModelFile = genModelFile.toAbsolutePath().normalize();
		this.bundlesDir = repositoryRoot.toAbsolutePath().normalize().resolve("bundles");
	}

	/**
	 * Fails with an exception rather than {@code System.exit}, so that exec:java reports the failure without ending
	 * the Maven JVM.
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			throw new IllegalArgumentException("Usage: GenModelGenerator <path/to/model.genmodel> <repository root>");
		}
		int severity = new GenModelGenerator(Path.of(args[0]), Path.of(args[1])).run();
		if (severity >= Diagnostic.ERROR) {
			throw new IllegalStateException("Code generation failed; see the diagnostics above");
		}
	}

	private int run() throws IOException {
		if (!Files.isRegularFile(genModelFile) || !genModelFile.startsWith(bundlesDir)) {
			throw new IllegalArgumentException(genModelFile + " is not a file under " + bundlesDir);
		}
		mapBundles();
		mapEcoreBundle();

		ResourceSet resourceSet = createResourceSet();
		GenModel genModel = load(resourceSet);
		mapProject(genModel.getModelProjectDirectory());
		mapProject(genModel.getEditProjectDirectory());

		String before = serialize(genModel);
		genModel.reconcile();
		if (!before.equals(serialize(genModel))) {
			System.out.println("WARNING: reconciling changed the genmodel in memory; the .genmodel lacks"
					+ " entries for the current .ecore. Add them so that it stays the source of truth.");
		}
		genModel.setCanGenerate(true);
		Diagnostic validation = genModel.diagnose();
		print(validation);
		if (validation.getSeverity() >= Diagnostic.ERROR) {
			return validation.getSeverity();
		}

		Generator generator = new Generator();
		generator.setInput(genModel);
		int severity = Diagnostic.OK;
		for (String projectType : new String[] { GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE }) {
			Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor.Printing(System.out));
			print(result);
			severity = Math.max(severity, result.getSeverity());
		}
		return severity;
	}

	/** Maps each folder under {@code bundles/} as a workspace project of the same name. */
	private void mapBundles() throws IOException {
		try (Stream<Path> folders = Files.list(bundlesDir)) {
			folders.filter(Files::isDirectory).forEach(folder -> mapProject(folder.getFileName().toString()));
		}
	}

	/** Maps a project (possibly not yet existing) to {@code bundles/<name>/}. */
	private void mapProject(String projectPath) {
		String name = projectPath == null ? null : URI.createURI(projectPath).segment(0);
		if (name != null && !name.isEmpty()) {
			EcorePlugin.getPlatformResourceMap().putIfAbsent(name,
					URI.createFileURI(bundlesDir.resolve(name).toString()).appendSegment(""));
		}
	}

	/**
	 * Makes {@code platform:/plugin/org.eclipse.emf.ecore/} resolve into the emf.ecore jar on the class path, so
	 * that a genmodel listing {@code Ecore.genmodel} in its {@code usedGenPackages} can be loaded.
	 */
	private static void mapEcoreBundle() {
		try {
			java.net.URI location = EcorePackage.class.getProtectionDomain().getCodeSource().getLocation().toURI();
			URI jar = URI.createFileURI(Path.of(location).toString());
			URI root = Files.isDirectory(Path.of(location)) ? jar.appendSegment("")
					: URI.createURI("archive:" + jar + "!/");
			URIConverter.URI_MAP.put(URI.createPlatformPluginURI(ECORE_BUNDLE + "/", false), root);
		} catch (URISyntaxException e) {
			throw new IllegalStateException("Cannot locate " + ECORE_BUNDLE, e);
		}
	}

	private static ResourceSet createResourceSet() {
		GenModelPackage.eINSTANCE.eClass();
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new XMIResourceFactoryImpl());
		return resourceSet;
	}

	private GenModel load(ResourceSet resourceSet) {
		String workspacePath = bundlesDir.relativize(genModelFile).toString().replace('\\', '/');
		URI uri = URI.createPlatformResourceURI(workspacePath, true);
		Resource resource = resourceSet.getResource(uri, true);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof GenModel genModel)) {
			throw new IllegalArgumentException(genModelFile + " holds no GenModel");
		}
		return genModel;
	}

	private static String serialize(GenModel genModel) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		genModel.eResource().save(out, null);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static void print(Diagnostic diagnostic) {
		if (diagnostic.getSeverity() != Diagnostic.OK) {
			print(diagnostic, "");
		}
	}

	private static void print(Diagnostic diagnostic, String indent) {
		String label = switch (diagnostic.getSeverity()) {
		case Diagnostic.ERROR -> "ERROR";
		case Diagnostic.WARNING -> "WARNING";
		case Diagnostic.CANCEL -> "CANCEL";
		default -> "INFO";
		};
		if (diagnostic.getMessage() != null) {
			System.out.println(indent + label + ": " + diagnostic.getMessage());
		}
		if (diagnostic.getException() != null) {
			diagnostic.getException().printStackTrace(System.out);
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			print(child, indent + "  ");
		}
	}
}
