import GraphModelSupport

// Hand-written code beside the generated models. (SwiftPM also needs one Swift file in a target
// before it runs the target's build tool plugins.)
extension PhoneAuthenticationMethod {
    /// Whether the user can sign in with a code sent to this phone by SMS.
    public var canSignInWithSMS: Bool { smsSignInState == .ready }
}
