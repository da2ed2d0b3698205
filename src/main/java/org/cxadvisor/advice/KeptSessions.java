package org.cxadvisor.advice;

import java.util.ArrayDeque;
import java.util.Deque;
import org.cxadvisor.knowledge.KnowledgeBase;

/**
 * Rules sessions of the current knowledge base kept between analyses, at most one per evaluation thread. The next
 * profile takes the place of the last one evaluated in a kept session, as within a what-if: the rules re-fire only
 * where the two differ and truth maintenance retracts what no longer holds, which is a fraction of a fresh
 * session's work and allocation (its node memories are made once). The answers are the same as a fresh session's
 * (IncrementalEvaluationTest evaluates hundreds of unrelated profiles in one session against fresh ones). Sessions
 * of an older knowledge base are closed as soon as an analysis of a newer one asks for one.
 */
final class KeptSessions {

    private final int max;
    private KnowledgeBase kb;
    private final Deque<EvaluationSession> idle = new ArrayDeque<>();

    KeptSessions(int max) {
        this.max = max;
    }

    /** An idle session of {@code knowledgeBase}, the one used last first; null if there is none. */
    synchronized EvaluationSession take(KnowledgeBase knowledgeBase) {
        if (knowledgeBase != kb) {
            closeAll();
            kb = knowledgeBase;
        }
        return idle.pollFirst();
    }

    /** Keeps a session that finished its analysis, unless its knowledge base has been replaced or enough are kept. */
    synchronized void giveBack(EvaluationSession session) {
        if (session.knowledgeBase() == kb && idle.size() < max) {
            idle.offerFirst(session);
        } else {
            session.close();
        }
    }

    private void closeAll() {
        for (EvaluationSession session : idle) {
            session.close();
        }
        idle.clear();
    }
}
