package org.jixiao;

import com.sun.jna.Pointer;
import java.lang.ref.Cleaner;
import java.util.function.Consumer;

/**
 * A native handle: freed by {@link #close()} (use try-with-resources), or by a
 * {@link Cleaner} when the object is collected unclosed, as a safety net.
 */
abstract class Handle implements AutoCloseable {
  private static final Cleaner CLEANER = Cleaner.create();

  /** The pointer and the function that frees it; reachable from the cleaner, never from the handle's users. */
  private static final class State implements Runnable {
    private volatile Pointer pointer;
    private final Consumer<Pointer> free;

    State(Pointer pointer, Consumer<Pointer> free) {
      this.pointer = pointer;
      this.free = free;
    }

    @Override
    public void run() {
      Pointer p = pointer;
      pointer = null;
      if (p != null) free.accept(p);
    }
  }

  private final State state;
  private final Cleaner.Cleanable cleanable;

  Handle(Pointer pointer, Consumer<Pointer> free) {
    state = new State(pointer, free);
    cleanable = CLEANER.register(this, state);
  }

  /** The native pointer; {@link IllegalStateException} once closed. */
  Pointer pointer() {
    Pointer p = state.pointer;
    if (p == null) throw new IllegalStateException(getClass().getSimpleName() + " is closed");
    return p;
  }

  /** Frees the native handle; a second call does nothing. */
  @Override
  public void close() {
    cleanable.clean();
  }
}
