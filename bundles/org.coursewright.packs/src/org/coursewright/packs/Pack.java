package org.coursewright.packs;

import java.util.List;

/** A pack's bytes and what it could not carry as it is. */
public record Pack(byte[] bytes, List<Degradation> degradations) {
}
