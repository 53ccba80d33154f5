package dev.briefing.core.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.briefing.core.BriefingIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir
  Path dir;

  @BeforeEach
  void posixOnly() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
  }

  @Test
  void anExistingFileKeepsItsMode() throws IOException {
    Path target = Files.writeString(dir.resolve("out.txt"), "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

    AtomicFile.write(target, out -> write(out, "new"));

    assertThat(Files.readString(target)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
  }

  @Test
  void aNewFileGetsTheModeTheUmaskGivesAsAnyNewFileDoes() throws IOException {
    // The oracle: a file created the ordinary way, so under the same umask.
    Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
    Path target = dir.resolve("new.txt");

    AtomicFile.write(target, out -> write(out, "x"));

    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(ordinary));
  }

  @Test
  void aSymbolicLinkIsFollowedAndItsTargetWritten() throws IOException {
    Path real = Files.writeString(Files.createDirectory(dir.resolve("real")).resolve("file.txt"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("real", "file.txt"));

    AtomicFile.write(link, out -> write(out, "new"));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new");
    assertThat(list(dir)).containsExactlyInAnyOrder("link.txt", "real");
  }

  @Test
  void aDeviceIsWrittenIntoNotReplaced() {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));

    Integer result = AtomicFile.write(devNull, out -> write(out, "discarded"));

    assertThat(result).isEqualTo(9);
    assertThat(Files.isRegularFile(devNull)).isFalse();
  }

  @Test
  void aFifoIsWrittenIntoNotReplaced() throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
    CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(fifo);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });

    AtomicFile.write(fifo, out -> write(out, "through the pipe"));

    assertThat(reader.get(1, TimeUnit.MINUTES)).isEqualTo("through the pipe");
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(list(dir)).containsExactly("pipe");
  }

  @Test
  void aMissingDirectoryIsNamedAsTheProblem() {
    Path target = dir.resolve("missing").resolve("out.json");

    assertThatThrownBy(() -> AtomicFile.write(target, out -> write(out, "x")))
        .isInstanceOf(BriefingIOException.class)
        .hasMessage("Could not write " + target + ": " + dir.resolve("missing") + ": the directory does not exist")
        .hasMessageNotContaining(".tmp");
  }

  @Test
  void aFailureLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("out.txt"), "old");

    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
      out.write("half");
      throw new IOException("disk full");
    })).isInstanceOf(BriefingIOException.class).hasMessage("Could not write " + target + ": disk full");

    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(list(dir)).containsExactly("out.txt");
  }

  private static Integer write(java.io.Writer out, String text) throws IOException {
    out.write(text);
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String[] list(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).toArray(String[]::new);
    }
  }
}
