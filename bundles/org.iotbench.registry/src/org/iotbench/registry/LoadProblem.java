package org.iotbench.registry;

import java.nio.file.Path;

/**
 * A registry file that could not be read when the registry was opened.
 *
 * @param file        the registry file
 * @param keptAs      where the unreadable file was moved to, or {@code null} if it could not be moved
 * @param message     the problem in words, for the user
 */
public record LoadProblem(Path file, Path keptAs, String message) {
}
