package dev.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.cli.testing.Launcher;
import dev.briefing.cli.testing.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/briefing}'s class-data archive: where it goes, which options a Java of each kind
 * gets, and that a cache directory that cannot be written only means starting without it. The
 * option tests run the script with a stand-in Java (a release file and a {@code bin/java} that
 * records its arguments); the last two run the real one.
 */
class LauncherCdsIT {

  @TempDir
  Path dir;

  @Test
  void aJavaOf19OrNewerCreatesTheArchiveByItselfInTheUsersCacheNamedForTheJarAndTheJava() throws Exception {
    Path java25 = fakeJava("java25", "25.0.1");
    Path cache = dir.resolve("cache");

    List<String> options = optionsGiven(java25, Map.of("XDG_CACHE_HOME", cache.toString()));

    String archive = option(options, "-XX:SharedArchiveFile=");
    assertThat(options).contains("-XX:+AutoCreateSharedArchive");
    assertThat(Path.of(archive).getParent()).isEqualTo(cache.resolve("briefing"));
    assertThat(Path.of(archive).getFileName().toString())
        .startsWith(jarName().replace(".jar", "") + "-java25-").endsWith(".jsa");
    assertThat(archive).doesNotStartWith(Path.of(System.getProperty("briefing.cli.jar")).getParent().toString());
    assertThat(Files.isDirectory(cache.resolve("briefing"))).isTrue();
  }

  @Test
  void anotherJavaGetsAnotherArchive() throws Exception {
    Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());

    String first = option(optionsGiven(fakeJava("one", "21.0.2"), env), "-XX:SharedArchiveFile=");
    String second = option(optionsGiven(fakeJava("two", "21.0.2"), env), "-XX:SharedArchiveFile=");
    String newer = option(optionsGiven(fakeJava("one-newer", "25"), env), "-XX:SharedArchiveFile=");

    assertThat(Stream.of(first, second, newer).distinct()).hasSize(3);
  }

  @Test
  void aJavaWithoutAutoCreateSharedArchiveGetsNoArchiveOptionUntilTheArchiveExists() throws Exception {
    Path java17 = fakeJava("java17", "17.0.15");
    Path cache = dir.resolve("cache");
    Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());

    List<String> before = optionsGiven(java17, env);
    assertThat(before).noneMatch(o -> o.contains("SharedArchive"));

    String name = archiveName(java17, env);
    Files.writeString(cache.resolve("briefing").resolve(name), "archive");
    List<String> after = optionsGiven(java17, env);

    assertThat(after).doesNotContain("-XX:+AutoCreateSharedArchive")
        .contains("-XX:SharedArchiveFile=" + cache.resolve("briefing").resolve(name));
  }

  @Test
  void anArchiveOlderThanTheJarIsRemovedSoThatTheJavaMakesANewOne() throws Exception {
    Path java25 = fakeJava("java25", "25.0.1");
    Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
    Path archive = Path.of(option(optionsGiven(java25, env), "-XX:SharedArchiveFile="));
    Files.writeString(archive, "archive of an older jar");
    Files.setLastModifiedTime(archive, FileTime.fromMillis(0));

    List<String> options = optionsGiven(java25, env);

    assertThat(archive).doesNotExist();
    assertThat(options).contains("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive);
  }

  @Test
  void aJavaOf25StartsFromItsAheadOfTimeCacheWhileItIsNewerThanTheJar() throws Exception {
    Path java25 = fakeJava("java25", "25.0.1");
    Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
    String archive = option(optionsGiven(java25, env), "-XX:SharedArchiveFile=");
    Path cache = Files.writeString(Path.of(archive.replaceAll("\\.jsa$", ".aot")), "cache");

    List<String> fresh = optionsGiven(java25, env);
    Files.setLastModifiedTime(cache, FileTime.fromMillis(0));
    List<String> stale = optionsGiven(java25, env);

    // The JVM refuses the cache beside any -Xshare option.
    assertThat(fresh).contains("-XX:AOTCache=" + cache, "-XX:TieredStopAtLevel=1")
        .noneMatch(o -> o.startsWith("-Xshare") || o.contains("SharedArchive"));
    assertThat(stale).contains("-XX:+AutoCreateSharedArchive", "-Xshare:auto").noneMatch(o -> o.contains("AOTCache"));
  }

  @Test
  void aJavaOlderThan25IgnoresAnAheadOfTimeCache() throws Exception {
    Path java21 = fakeJava("java21", "21.0.2");
    Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
    String archive = option(optionsGiven(java21, env), "-XX:SharedArchiveFile=");
    Files.writeString(Path.of(archive.replaceAll("\\.jsa$", ".aot")), "cache");

    assertThat(optionsGiven(java21, env)).contains("-XX:+AutoCreateSharedArchive").noneMatch(o -> o.contains("AOTCache"));
  }

  @Test
  void aCacheDirectoryThatCannotBeWrittenMeansStartingWithoutTheArchive() throws Exception {
    // Directories that cannot be made even by root, under which these tests may run.
    Path java25 = fakeJava("java25", "25");
    Path notADirectory = Files.writeString(dir.resolve("file"), "");

    List<String> underAFile = optionsGiven(java25, Map.of("XDG_CACHE_HOME", notADirectory.toString()));
    List<String> inProc = optionsGiven(java25, Map.of("XDG_CACHE_HOME", "/proc/self"));
    List<String> off = optionsGiven(java25, Map.of("XDG_CACHE_HOME", dir.resolve("c2").toString(), "BRIEFING_CDS", "0"));

    assertThat(underAFile).noneMatch(o -> o.contains("SharedArchive")).contains("dev.briefing.cli.Main", "formats");
    assertThat(inProc).noneMatch(o -> o.contains("SharedArchive")).contains("dev.briefing.cli.Main", "formats");
    assertThat(off).noneMatch(o -> o.contains("SharedArchive"));
    assertThat(dir.resolve("c2")).doesNotExist();
  }

  @Test
  void theRealJavaStartsWithTheArchiveAndWritesWhatItWritesWithout() throws Exception {
    Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
    Path javaHome = Path.of(System.getProperty("java.home"));
    Outcome without = briefing(javaHome, Map.of("BRIEFING_CDS", "0"), "example", "--to", "html");
    if (Runtime.version().feature() < 19) {
      Outcome made = briefing(javaHome, env, "--cds-archive");
      assertThat(made.status()).as(made.toString()).isZero();
      assertThat(made.out()).startsWith("briefing: class-data archive written to " + dir.resolve("cache"));
    }

    Outcome first = briefing(javaHome, env, "example", "--to", "html");
    Path log = dir.resolve("classes.log");
    Outcome second = briefing(javaHome, Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(),
        "JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "example", "--to", "html");

    assertThat(without.status()).as(without.toString()).isZero();
    assertThat(first).isEqualTo(without);
    assertThat(second).isEqualTo(without);
    try (Stream<Path> archives = Files.list(dir.resolve("cache/briefing"))) {
      assertThat(archives.map(p -> p.getFileName().toString())).singleElement().asString().endsWith(".jsa");
    }
    assertThat(Files.readAllLines(log)).filteredOn(line -> line.contains(" dev.briefing.cli.Main "))
        .singleElement().asString().contains("shared objects file");
  }

  @Test
  void theOneTimeStepRefusesACacheThatCannotBeWritten() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("file"), "");

    Outcome outcome = briefing(Path.of(System.getProperty("java.home")),
        Map.of("XDG_CACHE_HOME", notADirectory.toString()), "--cds-archive");

    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.err()).startsWith("briefing: cannot write a class-data archive into " + notADirectory);
  }

  /** A Java home with a release file of that version, whose java writes its arguments to args.txt. */
  private Path fakeJava(String name, String version) throws IOException {
    Path home = Files.createDirectories(dir.resolve(name).resolve("bin")).getParent();
    Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
    Path java = home.resolve("bin/java");
    Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"" + home.resolve("args.txt") + "\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home;
  }

  private List<String> optionsGiven(Path fakeHome, Map<String, String> env) throws Exception {
    Outcome outcome = briefing(fakeHome, env, "formats");
    assertThat(outcome.status()).as(outcome.toString()).isZero();
    return Files.readAllLines(fakeHome.resolve("args.txt"));
  }

  /** The archive's name, as the one-time step names it when the stand-in Java writes none. */
  private String archiveName(Path fakeHome, Map<String, String> env) throws Exception {
    Path cache = Path.of(env.get("XDG_CACHE_HOME")).resolve("briefing");
    Outcome outcome = briefing(fakeHome, env, "--cds-archive");
    assertThat(outcome.status()).isEqualTo(1);
    assertThat(outcome.err()).contains("did not write a class-data archive to " + cache);
    return Path.of(outcome.err().substring(outcome.err().indexOf(cache.toString())).strip()).getFileName().toString();
  }

  private static String option(List<String> options, String prefix) {
    return options.stream().filter(o -> o.startsWith(prefix)).map(o -> o.substring(prefix.length()))
        .findFirst().orElseThrow(() -> new AssertionError("no " + prefix + " in " + options));
  }

  private static String jarName() {
    return Path.of(System.getProperty("briefing.cli.jar")).getFileName().toString();
  }


  private Outcome briefing(Path javaHome, Map<String, String> env, String... args) throws Exception {
    Map<String, String> all = new HashMap<>(Map.of("JAVA_HOME", javaHome.toString(), "HOME", dir.resolve("home").toString()));
    all.putAll(env);
    return Launcher.run(dir, all, args);
  }
}
