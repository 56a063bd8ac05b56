package io.csplatform.actions.notification;

import java.util.List;

/** A page of the caller's notifications, newest first, and how many of all theirs are unread. */
public record NotificationPage(List<NotificationView> items, String nextCursor, long unreadCount) {
}
