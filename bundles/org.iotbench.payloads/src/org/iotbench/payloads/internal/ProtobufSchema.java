package org.iotbench.payloads.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;

/**
 * A Protobuf message type out of a descriptor set ({@code protoc --include_imports --descriptor_set_out=FILE}), the
 * only schema form that Java can read without protoc.
 */
public final class ProtobufSchema {

	private final Descriptor type;

	private ProtobufSchema(Descriptor type) {
		this.type = type;
	}

	/** The message type. */
	public Descriptor type() {
		return type;
	}

	/**
	 * The message type named {@code messageType} (full name, or a simple name found once) in a descriptor set file.
	 *
	 * @throws DecodeException saying what is wrong: no file, not a descriptor set, an import missing, no such type
	 */
	public static ProtobufSchema load(String descriptorFile, String messageType) throws DecodeException {
		if (descriptorFile.isBlank()) {
			throw new DecodeException(Messages.Protobuf_noDescriptor);
		}
		Path path = Path.of(descriptorFile);
		try (InputStream in = Files.newInputStream(path)) {
			return load(in, descriptorFile, messageType);
		} catch (IOException e) {
			throw new DecodeException(NLS.bind(Messages.Protobuf_unreadable, descriptorFile, e.getMessage()));
		}
	}

	/** The message type named {@code messageType} in a descriptor set read from a stream. */
	public static ProtobufSchema load(InputStream in, String name, String messageType)
			throws DecodeException, IOException {
		FileDescriptorSet set;
		try {
			set = FileDescriptorSet.parseFrom(in);
		} catch (InvalidProtocolBufferException e) {
			throw new DecodeException(NLS.bind(Messages.Protobuf_notDescriptorSet, name));
		}
		if (set.getFileCount() == 0) {
			throw new DecodeException(NLS.bind(Messages.Protobuf_notDescriptorSet, name));
		}
		Map<String, FileDescriptorProto> protos = new HashMap<>();
		set.getFileList().forEach(file -> protos.put(file.getName(), file));
		Map<String, FileDescriptor> built = new HashMap<>();
		List<Descriptor> types = new ArrayList<>();
		for (FileDescriptorProto file : set.getFileList()) {
			FileDescriptor descriptor = build(file, protos, built, name);
			collect(descriptor.getMessageTypes(), types);
		}
		return new ProtobufSchema(find(types, messageType, name));
	}

	private static FileDescriptor build(FileDescriptorProto file, Map<String, FileDescriptorProto> protos,
			Map<String, FileDescriptor> built, String name) throws DecodeException {
		FileDescriptor done = built.get(file.getName());
		if (done != null) {
			return done;
		}
		List<FileDescriptor> dependencies = new ArrayList<>();
		for (String dependency : file.getDependencyList()) {
			FileDescriptorProto proto = protos.get(dependency);
			if (proto == null) {
				throw new DecodeException(NLS.bind(Messages.Protobuf_missingImport, new Object[] { name,
						file.getName(), dependency }));
			}
			dependencies.add(build(proto, protos, built, name));
		}
		try {
			FileDescriptor descriptor = FileDescriptor.buildFrom(file, dependencies.toArray(FileDescriptor[]::new));
			built.put(file.getName(), descriptor);
			return descriptor;
		} catch (DescriptorValidationException e) {
			throw new DecodeException(NLS.bind(Messages.Protobuf_invalidSchema, name, e.getMessage()));
		}
	}

	private static void collect(List<Descriptor> types, List<Descriptor> into) {
		for (Descriptor type : types) {
			into.add(type);
			collect(type.getNestedTypes(), into);
		}
	}

	private static Descriptor find(List<Descriptor> types, String messageType, String name) throws DecodeException {
		String wanted = messageType.trim();
		if (wanted.startsWith(".")) { //$NON-NLS-1$
			wanted = wanted.substring(1);
		}
		List<Descriptor> simple = new ArrayList<>();
		for (Descriptor type : types) {
			if (type.getFullName().equals(wanted)) {
				return type;
			}
			if (type.getName().equals(wanted)) {
				simple.add(type);
			}
		}
		if (simple.size() == 1) {
			return simple.get(0);
		}
		List<String> names = types.stream().filter(type -> !type.getOptions().getMapEntry())
				.map(Descriptor::getFullName).sorted().limit(20).toList();
		if (simple.size() > 1) {
			throw new DecodeException(NLS.bind(Messages.Protobuf_ambiguousType, wanted,
					String.join(", ", simple.stream().map(Descriptor::getFullName).toList()))); //$NON-NLS-1$
		}
		throw new DecodeException(NLS.bind(Messages.Protobuf_noSuchType, new Object[] { wanted, name,
				String.join(", ", names) })); //$NON-NLS-1$
	}
}
