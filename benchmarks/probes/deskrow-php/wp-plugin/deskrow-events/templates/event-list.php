<?php
/**
 * @var array<int, object> $events
 * @var string             $search
 * @var string             $venue
 */
if (! defined('ABSPATH')) {
    exit;
}
?>
<section class="deskrow-events">
    <form class="deskrow-events__search" method="get">
        <input type="search" name="event_search" value="<?php echo esc_attr($search); ?>" placeholder="<?php esc_attr_e('Search events', 'deskrow-events'); ?>">
        <button type="submit"><?php esc_html_e('Search', 'deskrow-events'); ?></button>
    </form>

    <?php if ($search !== '') : ?>
        <p class="deskrow-events__summary"><?php esc_html_e('Showing events matching', 'deskrow-events'); ?> <strong><?php echo $search; ?></strong></p><?php /* VULN xss */ ?>
    <?php elseif ($venue !== '') : ?>
        <p class="deskrow-events__summary"><?php esc_html_e('Upcoming at', 'deskrow-events'); ?> <strong><?php echo esc_html($venue); ?></strong></p><?php /* SAFE xss */ ?>
    <?php endif; ?>

    <?php if (empty($events)) : ?>
        <p class="deskrow-events__empty"><?php esc_html_e('No events scheduled yet — check back soon.', 'deskrow-events'); ?></p>
    <?php endif; ?>

    <?php foreach ($events as $event) : ?>
        <article class="deskrow-event">
            <h3 class="deskrow-event__title"><?php echo esc_html($event->title); ?></h3>
            <p class="deskrow-event__meta">
                <?php echo esc_html(mysql2date(get_option('date_format') . ' ' . get_option('time_format'), $event->starts_at)); ?>
                · <?php echo esc_html($event->venue); ?>
            </p>
            <div class="deskrow-event__summary"><?php echo wp_kses_post($event->summary); ?></div>
            <form class="deskrow-event__rsvp" method="post" action="<?php echo esc_url(admin_url('admin-post.php')); ?>">
                <input type="hidden" name="action" value="deskrow_rsvp">
                <input type="hidden" name="event_id" value="<?php echo (int) $event->id; ?>">
                <input type="hidden" name="return_to" value="<?php echo esc_url(get_permalink()); ?>">
                <label>
                    <?php esc_html_e('Email', 'deskrow-events'); ?>
                    <input type="email" name="email" required>
                </label>
                <button type="submit"><?php esc_html_e('RSVP', 'deskrow-events'); ?></button>
            </form>
        </article>
    <?php endforeach; ?>
</section>
