package dev.briefing.flink.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.Path;

/**
 * The paths a job reads: the input itself, or, when its last segment is a glob, the files of
 * its directory whose names match, listed once when the job is built so that every reader
 * sees the same set.
 */
public final class InputFiles {

  private InputFiles() {
  }

  /**
   * @param input a directory, a file, or a directory and a file-name glob ({@code *}, {@code ?},
   *     {@code [..]}, {@code {a,b}}) as in {@link FileSystems#getDefault()}'s glob syntax
   * @return the paths to read
   * @throws IOException when the directory cannot be listed
   * @throws IllegalArgumentException when a glob matches no file
   */
  public static Path[] resolve(String input) throws IOException {
    int slash = input.lastIndexOf('/');
    String name = input.substring(slash + 1);
    if (name.chars().noneMatch(c -> "*?[{".indexOf(c) >= 0)) {
      return new Path[] {new Path(input)};
    }
    Path directory = new Path(slash < 0 ? "." : input.substring(0, slash + 1));
    PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + name);
    FileStatus[] listed = directory.getFileSystem().listStatus(directory);
    Path[] matches = listed == null ? new Path[0] : Arrays.stream(listed)
        .filter(status -> !status.isDir())
        .map(FileStatus::getPath)
        .filter(path -> glob.matches(java.nio.file.Path.of(path.getName())))
        .sorted(Comparator.comparing(Path::toString))
        .toArray(Path[]::new);
    if (matches.length == 0) {
      throw new IllegalArgumentException("No file in " + directory + " matches '" + name + "'");
    }
    return matches;
  }
}
