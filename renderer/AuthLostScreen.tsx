/** Full-window notice: without a valid token nothing else on screen could work. */
export function AuthLostScreen() {
  return (
    <main className="auth-lost" role="alert" data-testid="auth-lost">
      <div className="auth-lost__card">
        <h1 className="auth-lost__title">This window is no longer connected</h1>
        <p>
          This window&apos;s access token is missing or expired. Open the address printed by <code>cpor serve</code> /{' '}
          <code>npm start</code> again.
        </p>
      </div>
    </main>
  );
}
