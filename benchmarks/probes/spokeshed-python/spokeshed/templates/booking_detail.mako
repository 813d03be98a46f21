<%inherit file="base.mako"/>
<%def name="title()">Booking #${booking.id}</%def>
<section class="booking">
  <h1>Booking #${booking.id} — ${booking.repair_kind.replace("_", " ")}</h1>
  <dl>
    <dt>Customer</dt>
    <dd>${booking.customer_name}</dd> <!-- SAFE xss -->
    <dt>E-mail</dt>
    <dd>${booking.email}</dd>
    <dt>Bike</dt>
    <dd>${booking.bike_description}</dd>
    <dt>Slot</dt>
    <dd>${booking.slot_start.strftime("%a %d %b %H:%M")}</dd>
    <dt>Status</dt>
    <dd class="status status-${booking.status}">${booking.status}</dd>
    % if booking.quote is not None:
    <dt>Quote</dt>
    <dd>£${booking.quote}</dd>
    % endif
  </dl>

  <h2>Workshop notes</h2>
  <div class="notes">${booking.notes.replace("\n", "<br>") | n}</div> <!-- VULN xss -->

  % if staff:
  <form class="add-note" method="post" action="/bookings/${booking.id}/notes">
    <textarea name="note" rows="3" placeholder="What did you find / fix?"></textarea>
    <button type="submit">Add note</button>
  </form>
  % endif

  <h2>Photos</h2>
  <ul class="photos">
  % for photo in photos:
    <li><img src="/photos/thumb?name=${photo['stored_name'] | u}" alt="${photo['original_name']}"></li>
  % endfor
  % if booking.photo_filename:
    <li><img src="/photos?name=${booking.photo_filename | u}" alt="check-in photo"></li>
  % endif
  </ul>
</section>
