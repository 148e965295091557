package vn.dienhong.model;

/** Where a request to speak is: waiting in the queue, speaking now, done, or withdrawn by the delegate. */
public enum SpeakerStatus {
    WAITING, SPEAKING, DONE, WITHDRAWN;

    public boolean isOpen() {
        return this == WAITING || this == SPEAKING;
    }
}
