/*
 * The CSRF token of a signed-in browser: the XSRF-TOKEN cookie, which the server wants back as the header
 * X-XSRF-TOKEN (API calls) or as the form field _csrf (login and logout forms). Empty before the first response.
 */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
}
