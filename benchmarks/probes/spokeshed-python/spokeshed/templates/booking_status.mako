<%inherit file="base.mako"/>
<%def name="title()">Your bike</%def>
<section class="status-card">
  <h1>Hi ${booking.customer_name.split(" ")[0]}</h1>
  <p>Your ${booking.bike_description or "bike"} is booked in for ${booking.repair_kind.replace("_", " ")}.</p>
  <p class="status status-${booking.status}">
  % if booking.status == "ready":
    It's ready! Pop in during opening hours and quote your collection code.
  % elif booking.status == "waiting_parts":
    We're waiting for a part to arrive — we'll text you when it's in.
  % elif booking.status == "collected":
    Collected — thanks for supporting the co-op.
  % else:
    Current status: ${booking.status.replace("_", " ")}
  % endif
  </p>
  % if booking.quote is not None:
  <p>Estimated cost: £${booking.quote} (members get half-price labour)</p>
  % endif
</section>
