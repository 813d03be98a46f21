<div>
  <!-- ruleid: trace.php.xss.blade-unescaped -->
  <p>{!! $comment->body !!}</p>
  <!-- ok: trace.php.xss.blade-unescaped -->
  <p>{{ $comment->body }}</p>
  <!-- ok: trace.php.xss.blade-unescaped -->
  <form method="post">{!! csrf_field() !!}</form>
  <!-- ok: trace.php.xss.blade-unescaped -->
  <div class="summary">{!! nl2br(e($recipe->summary)) !!}</div>
  <!-- ok: trace.php.xss.blade-unescaped -->
  <div>{!! e($note) !!}</div>
  <!-- escaping only part of it leaves the rest raw -->
  <!-- ruleid: trace.php.xss.blade-unescaped -->
  <div>{!! nl2br($recipe->summary) !!}</div>
  <!-- ruleid: trace.php.xss.blade-unescaped -->
  <div>{!! $title . e($subtitle) !!}</div>
</div>
@if ($status)
    @php
        // ruleid: trace.php.xss.blade-php-echo
        echo '<p class="filter">Showing <strong>' . $status . '</strong></p>';
        // ok: trace.php.xss.blade-php-echo
        echo '<p class="filter">Showing <strong>' . e($status) . '</strong></p>';
        // ok: trace.php.xss.blade-php-echo
        echo '<hr>';
        $count = count($orders);
    @endphp
@endif
<script>
  // ok: trace.php.xss.blade-php-echo
  echo $notBladePhp;
</script>
<dl>
  <!-- ruleid: trace.php.xss.blade-url-attribute -->
  <dd><a href="{{ $inspection->contact_url }}" rel="noopener">Access instructions</a></dd>
  <!-- ok: trace.php.xss.blade-url-attribute -->
  <dd><a href="{{ route('inspections.show', $inspection) }}">Inspection</a></dd>
  <!-- ok: trace.php.xss.blade-url-attribute -->
  <dd><a href="{{ config('services.sso.issuer') }}/authorize">Sign in</a></dd>
  <!-- ok: trace.php.xss.blade-url-attribute -->
  <dd><a href="/inspections/{{ $inspection->id }}">Inspection</a></dd>
</dl>
