/// Work started on a thread of its own, its result taken when it is needed: on two cores, the work costs
/// about nothing if there is as much to do meanwhile. Used where work is big enough to share: the first
/// run on a large pack (parsing its files, compiling it) and a long JSON list (`JSONWriter`, a run of
/// items at a time). Where no thread can be started, the work is done when its result is asked for.
package final class BackgroundWork<Value>: @unchecked Sendable {
    // Unchecked: `work` is read on the thread only after pthread_create, and `result` here only after
    // pthread_join; those two calls order every access.
    private var work: (() -> Value)?
    private var result: Value?
    #if os(Linux)
        private var thread: pthread_t?
    #endif

    package init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        #if os(Linux)
            let start = Unmanaged.passRetained(
                ThreadStart {
                    self.result = self.work!()
                    self.work = nil  // what it holds is let go of there
                })
            var thread = pthread_t()
            let started = pthread_create(
                &thread, nil,
                { start in
                    Unmanaged<ThreadStart>.fromOpaque(start!).takeRetainedValue().run()
                    return nil
                }, start.toOpaque())
            if started == 0 {
                self.thread = thread
            } else {
                start.release()  // the thread never took it
            }
        #endif
    }

    /// Work handed over whole to the thread: what it captures is not touched elsewhere until `value`
    /// returns, the join ordering every access (which the type system cannot see, hence unchecked).
    package convenience init(handingOver work: @escaping () -> Value) {
        let handed = HandedOver(work)
        self.init { handed.work() }
    }

    /// Whether the work runs on a thread of its own (else it is done when its result is asked for).
    var isOnItsOwnThread: Bool {
        #if os(Linux)
            thread != nil
        #else
            false
        #endif
    }

    deinit {
        #if os(Linux)
            // Never asked for: the thread is let go, not waited for.
            if let thread { pthread_detach(thread) }
        #endif
    }

    /// The work's result, once it is done.
    package var value: Value {
        #if os(Linux)
            if let thread {
                pthread_join(thread, nil)
                self.thread = nil
            }
        #endif
        if result == nil { result = work!() }
        return result!
    }
}

/// What a thread runs (a C thread's start takes no generic context).
private final class ThreadStart {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}

extension BackgroundWork where Value == Void {
    /// Lets go of `value` on a thread of its own: freeing a large tree of values (every item of a large pack)
    /// need not hold up the command, and a run that ends first does not wait for it. Where no thread can be
    /// started, it is let go of here.
    package static func letGo<T: Sendable>(_ value: consuming T) {
        // Held by nothing but the thread, so that the thread's release is the last, whichever runs first.
        let held = HeldValue(Unmanaged.passRetained(Box(consume value)).toOpaque())
        let work = BackgroundWork { Unmanaged<Box<T>>.fromOpaque(held.pointer).release() }
        if !work.isOnItsOwnThread { work.value }
    }
}

/// A value on the heap, to be handed to a thread.
private final class Box<T: Sendable>: Sendable {
    let value: T
    init(_ value: consuming T) { self.value = value }
}

/// A retained `Box`'s address, handed to the thread that releases it.
private struct HeldValue: @unchecked Sendable {
    let pointer: UnsafeMutableRawPointer
    init(_ pointer: UnsafeMutableRawPointer) { self.pointer = pointer }
}

/// Work that one thread hands to another and takes back by joining it.
private struct HandedOver<Value>: @unchecked Sendable {
    let work: () -> Value
    init(_ work: @escaping () -> Value) { self.work = work }
}
