// Java's per-test line coverage for Temper's fault localization (faults/java.py).
//
// Loaded by the JUnit Platform (a TestExecutionListener service) into the test JVM that runs
// with JaCoCo's agent (output=none). Before each test it clears the agent's counters; after each
// test it takes them. When the plan ends, JaCoCo's analyzer maps each test's counters onto the
// learner's class files and one line per test is written to $TEMPER_COVERAGE_OUT:
//     pass|fail <TAB> method name <TAB> pkg/File.java:line <TAB> ... <TAB> File.java:line ...
// (the lines JaCoCo counted, then the stack frames of what the test threw, if it threw)
// A test that ends the JVM (System.exit) or a run killed for time writes nothing: the Python side
// then says there is no coverage.

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ISourceFileCoverage;
import org.jacoco.core.data.ExecutionDataReader;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

public class TemperCoverageListener implements TestExecutionListener {
  private final List<String> names = new ArrayList<>();
  private final List<Boolean> passed = new ArrayList<>();
  private final List<byte[]> counters = new ArrayList<>();
  // the frames of what a test threw: JaCoCo counts a line only once it ran to its end, so the
  // line that threw (and each call on the way to it) would otherwise look as if it never ran
  private final List<String> thrownAt = new ArrayList<>();

  /** The agent's counters since the last call, cleared (the agent is reached by reflection:
   *  its class is on the JVM's class path only when the agent runs). */
  private static byte[] take() throws ReflectiveOperationException {
    Object agent = Class.forName("org.jacoco.agent.rt.RT").getMethod("getAgent").invoke(null);
    return (byte[]) agent.getClass().getMethod("getExecutionData", boolean.class)
        .invoke(agent, true);
  }

  @Override
  public void executionStarted(TestIdentifier test) {
    if (test.isTest()) {
      try {
        take();
      } catch (ReflectiveOperationException | RuntimeException e) {
        // no agent: nothing to record
      }
    }
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    TestSource source = test.getSource().orElse(null);
    if (!test.isTest() || !(source instanceof MethodSource)) {
      return;
    }
    try {
      counters.add(take());
    } catch (ReflectiveOperationException | RuntimeException e) {
      return;
    }
    names.add(((MethodSource) source).getMethodName());
    passed.add(result.getStatus() == TestExecutionResult.Status.SUCCESSFUL);
    StringBuilder frames = new StringBuilder();
    for (Throwable thrown = result.getThrowable().orElse(null); thrown != null;
        thrown = thrown.getCause() == thrown ? null : thrown.getCause()) {
      for (StackTraceElement frame : thrown.getStackTrace()) {
        if (frame.getFileName() != null && frame.getLineNumber() > 0) {
          frames.append('\t').append(frame.getFileName()).append(':')
              .append(frame.getLineNumber());
        }
      }
    }
    thrownAt.add(frames.toString());
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    String out = System.getenv("TEMPER_COVERAGE_OUT");
    String classes = System.getenv("TEMPER_COVERAGE_CLASSES");
    if (out == null || classes == null) {
      return;
    }
    try (Writer writer = Files.newBufferedWriter(Paths.get(out), StandardCharsets.UTF_8)) {
      for (int i = 0; i < names.size(); i++) {
        ExecutionDataStore store = new ExecutionDataStore();
        ExecutionDataReader reader =
            new ExecutionDataReader(new ByteArrayInputStream(counters.get(i)));
        reader.setExecutionDataVisitor(store);
        reader.setSessionInfoVisitor(new SessionInfoStore());
        reader.read();
        CoverageBuilder builder = new CoverageBuilder();
        new Analyzer(store, builder).analyzeAll(new File(classes));
        StringBuilder row = new StringBuilder(passed.get(i) ? "pass" : "fail");
        row.append('\t').append(names.get(i));
        for (ISourceFileCoverage file : builder.getSourceFiles()) {
          String folder = file.getPackageName();
          String path = folder.isEmpty() ? file.getName() : folder + "/" + file.getName();
          for (int line = Math.max(1, file.getFirstLine()); line <= file.getLastLine(); line++) {
            int status = file.getLine(line).getStatus();
            if (status == ICounter.FULLY_COVERED || status == ICounter.PARTLY_COVERED) {
              row.append('\t').append(path).append(':').append(line);
            }
          }
        }
        writer.write(row.append(thrownAt.get(i)).append('\n').toString());
      }
    } catch (Exception e) {
      System.err.println("temper coverage: " + e);
    }
  }
}
