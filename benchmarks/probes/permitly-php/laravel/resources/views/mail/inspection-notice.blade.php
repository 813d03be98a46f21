<!DOCTYPE html>
<html lang="en">
<body style="font-family: Arial, sans-serif; color: #1e293b;">
<p>Hello {{ $permit->applicant_name }},</p>

<p>
    A <strong>{{ str_replace('_', ' ', $inspection->inspection_type) }}</strong> inspection for permit
    <strong>{{ $permit->reference }}</strong> at {{ $permit->site_address }} has been booked for
    {{ $inspection->scheduled_for->format('l j F Y') }}
    ({{ $inspection->scheduled_for->format('H') < 12 ? '8:30am - 12:00pm' : '1:00pm - 4:30pm' }}).
</p>

<p>
    Your confirmation code is <strong style="font-size: 18px; letter-spacing: 3px;">{{ $inspection->confirmation_code }}</strong>.
    Read it to the inspector on arrival, or quote it when calling 311 to cancel.
</p>

<p>Please make sure the work is accessible and the approved plans are on site.</p>

@if ($signature !== '')
    <div style="margin-top: 24px; border-top: 1px solid #cbd5e1; padding-top: 12px;">{!! $signature !!}</div> {{-- VULN xss --}}
@endif

<p style="font-size: 12px; color: #64748b;">City of Permitly &middot; Development Services &middot; 100 Civic Plaza</p>
</body>
</html>
