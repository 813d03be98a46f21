<!doctype html>
<html>
<body style="font-family: Arial, sans-serif;">
  <h1>Your berth is booked</h1>
  <p>Hello ${booking.vessel_name} crew,</p>
  <p>Berth <strong>${booking.berth_code}</strong> is reserved for you at ${marina}
     from ${booking.arrival.strftime("%d %B")} to ${booking.departure.strftime("%d %B %Y")}.</p>
  <p>Your booking reference is <strong>${booking.reference}</strong>.</p>
  % if booking.notes:
  <p>Your notes to the harbour office:</p>
  <blockquote>${booking.notes}</blockquote>
  % endif
  <p>Call the harbour office on VHF channel 80 when you are 30 minutes out.</p>
</body>
</html>
